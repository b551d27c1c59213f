using System.Linq;

namespace Postfix.Dsl;

/// <summary>Checks a virtual(5) table: its type, each key's form, and each address.</summary>
internal static class VirtualAliasTableChecks
{
    public static void Check(ValidationContext context, VirtualAliasTable table)
    {
        var artifact = table.FileName;
        if (table.Type is TableType.Regexp or TableType.Pcre or TableType.Cidr)
        {
            context.Report(ValidationRules.InvalidTableType, artifact, "type", EnumText.Of(table.Type),
                "cannot hold literal virtual(5) keys", "hash, lmdb, cdb or texthash");
            return;
        }

        foreach (var entry in table.Entries)
        {
            var key = entry.Key.Text;
            var location = "key " + key;
            if (ParameterChecks.ReportControlCharacters(context, artifact, location, [key, .. entry.Addresses]))
            {
                continue;
            }

            var problem = entry.Key.Kind switch
            {
                VirtualKeyKind.Address => AccessTableChecks.AddressProblem(key),
                VirtualKeyKind.CatchAll => HostNameSyntax.IsValid(key, 1) ? null : "is not @ followed by a valid domain name",
                VirtualKeyKind.Domain => HostNameSyntax.IsValid(key) ? null : "is not a valid domain name",
                _ => key.Length == 0 || key.Any(c => char.IsWhiteSpace(c) || c is '@' or ',') ? "is not a local name" : null,
            };
            if (problem is not null)
            {
                context.Report(ValidationRules.InvalidAccessKey, artifact, "key", key, problem,
                    "VirtualKey.Address(\"postmaster@example.org\"), .CatchAll(\"example.org\"), .Domain(\"example.org\") or .User(\"root\")");
                continue;
            }

            if (entry.Addresses.Count == 0 || entry.Addresses.Any(a => a.Length == 0 || a.Any(c => char.IsWhiteSpace(c) || c == ',')))
            {
                context.Report(ValidationRules.Unwritable, artifact, location, entry.Value,
                    "has no address, or an address with a blank or ',' that would read as several", "one or more addresses, e.g. [\"admin@example.org\"]");
            }
        }
    }
}
