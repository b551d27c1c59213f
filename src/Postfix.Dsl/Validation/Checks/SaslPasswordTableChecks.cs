namespace Postfix.Dsl;

/// <summary>Checks a SASL password table: its type, each next hop's host name, and each user name.</summary>
internal static class SaslPasswordTableChecks
{
    public static void Check(ValidationContext context, SaslPasswordTable table)
    {
        var artifact = table.FileName;
        if (table.Type is TableType.Regexp or TableType.Pcre or TableType.Cidr)
        {
            context.Report(ValidationRules.InvalidTableType, artifact, "type", EnumText.Of(table.Type),
                "cannot hold literal next-hop keys", "hash, lmdb, cdb or texthash");
            return;
        }

        foreach (var entry in table.Entries)
        {
            var location = $"key {entry.Key}";
            if (ParameterChecks.ReportControlCharacters(context, artifact, location, [entry.Nexthop.Name ?? string.Empty, entry.UserName ?? string.Empty]))
            {
                continue;
            }

            if (entry.Nexthop.Name is { } name && !HostNameSyntax.IsValid(name))
            {
                context.Report(ValidationRules.InvalidHostName, artifact, location, name, "is not a valid host name",
                    "DNS labels of letters, digits and inner hyphens separated by dots, e.g. smtp.relay.example.net");
            }

            var user = entry.UserName ?? string.Empty;
            if (user.Length == 0 || user.IndexOfAny([':', ' ', '\t']) >= 0)
            {
                context.Report(ValidationRules.InvalidAccessKey, artifact, location, user,
                    user.Length == 0 ? "is an empty user name" : "holds ':' or a blank, which would split the user from the password",
                    "a login without ':' or blanks, e.g. mx@example.org");
            }
        }
    }
}
