using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>Checks the address tables (canonical, relocated, sender login): their type, each key's form, and each value.</summary>
internal static class AddressTableChecks
{
    public static void Check(ValidationContext context, LookupTable table, IReadOnlyList<(AddressKey Key, IReadOnlyList<string> Values, bool Text)> entries)
    {
        var artifact = table.FileName;
        if (table.Type is TableType.Regexp or TableType.Pcre or TableType.Cidr)
        {
            context.Report(ValidationRules.InvalidTableType, artifact, "type", EnumText.Of(table.Type),
                "cannot hold literal address keys", "hash, lmdb, cdb or texthash");
            return;
        }

        foreach (var (key, values, text) in entries)
        {
            var location = "key " + key.Text;
            if (ParameterChecks.ReportControlCharacters(context, artifact, location, [key.Text, .. values]))
            {
                continue;
            }

            if (key.Problem is { } problem)
            {
                context.Report(ValidationRules.InvalidAccessKey, artifact, "key", key.Text, problem,
                    "AddressKey.Address(\"alice@example.org\"), AddressKey.User(\"alice\") or AddressKey.Domain(\"example.org\")");
                continue;
            }

            // A relocated(5) contact may be text with blanks; addresses and login names are single words.
            var bad = values.Count == 0 ? string.Empty : values.FirstOrDefault(v => v.Trim().Length == 0 || v.Trim() != v || (!text && v.Any(c => char.IsWhiteSpace(c) || c == ',')));
            if (bad is not null)
            {
                context.Report(ValidationRules.Unwritable, artifact, location, bad,
                    text ? "is empty or starts or ends with a blank, which postmap drops" : "is empty or holds a blank or ',', so it would read as more than one value",
                    text ? "the new contact, e.g. alice@example.net" : "an address or name without blanks or ',', e.g. alice@example.org");
            }
        }
    }
}
