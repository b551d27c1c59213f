using System.Linq;

namespace Postfix.Dsl;

/// <summary>Checks a TLS policy table: its type, each destination's name, and each attribute (one word, read by the level).</summary>
internal static class TlsPolicyTableChecks
{
    public static void Check(ValidationContext context, TlsPolicyTable table)
    {
        var artifact = table.FileName;
        if (table.Type is TableType.Regexp or TableType.Pcre or TableType.Cidr)
        {
            context.Report(ValidationRules.InvalidTableType, artifact, "type", EnumText.Of(table.Type),
                "cannot hold literal destination keys", "hash, lmdb, cdb or texthash");
            return;
        }

        foreach (var entry in table.Entries)
        {
            var location = $"key {entry.Destination.Text}";
            var policy = entry.Policy;
            if (ParameterChecks.ReportControlCharacters(context, artifact, location, [entry.Destination.Text, .. policy.AttributeValues]))
            {
                continue;
            }

            if (entry.Destination.Domain is { } name && !HostNameSyntax.IsValid(name))
            {
                context.Report(ValidationRules.InvalidHostName, artifact, location, name, "is not a valid domain or host name",
                    "DNS labels of letters, digits and inner hyphens separated by dots, e.g. example.com");
            }

            if (policy.AttributeValues.FirstOrDefault(v => v.Length == 0 || v.Any(char.IsWhiteSpace) || v.Contains(':')) is { } word)
            {
                context.Report(ValidationRules.Unwritable, artifact, location, word,
                    "is empty or holds a blank or ':', which would split the attribute", "one word per match name or protocol, e.g. .example.com or >=TLSv1.2");
            }

            if (policy.Match.Count > 0 && !policy.ReadsMatch)
            {
                context.Report(ValidationRules.Unwritable, artifact, location, "match=" + string.Join(":", policy.Match),
                    $"is ignored at level {EnumText.Of(policy.Level)}", "match= with the fingerprint, verify or secure level only");
            }
        }
    }
}
