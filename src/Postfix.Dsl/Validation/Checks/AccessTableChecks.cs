using System.Linq;

namespace Postfix.Dsl;

/// <summary>Checks an access(5) table: its type, the form of every key, and every action.</summary>
internal static class AccessTableChecks
{
    public static void Check(ValidationContext context, AccessTable table)
    {
        var artifact = table.FileName;
        if (table.Type is TableType.Regexp or TableType.Pcre)
        {
            context.Report(ValidationRules.InvalidTableType, artifact, "type", EnumText.Of(table.Type),
                "cannot hold literal access keys", "hash, lmdb, cdb, texthash or cidr; use a RegexpTable for patterns");
            return;
        }

        foreach (var entry in table.Entries)
        {
            if (ParameterChecks.ReportControlCharacters(context, artifact, "key", entry.Key.Text)
                || (entry.Action.Text is { } text && ControlCharacters.Describe(text) is not null
                    && ParameterChecks.ReportControlCharacters(context, artifact, "key " + entry.Key.Text, text)))
            {
                continue;
            }

            CheckKey(context, table, entry.Key);
            CheckAction(context, artifact, entry.Key.Text, entry.Action);
        }

        if (table.Type == TableType.Cidr)
        {
            var entries = table.Entries;
            foreach (var (hidden, by) in CidrShadowing.Shadowed(new ProjectedList<AccessEntry, string>(entries, e => e.Key.Text)))
            {
                context.Report(ValidationRules.ShadowedCidrEntry, artifact, "key " + entries[hidden].Key.Text, entries[hidden].Key.Text,
                    $"lies inside {entries[by].Key.Text}, an earlier entry, and a cidr table answers with the first match, so {entries[hidden].Action.Keyword} is never returned",
                    "the narrower network before the wider one, or the entry removed");
            }
        }
    }

    private static void CheckKey(ValidationContext context, AccessTable table, AccessKey key)
    {
        var artifact = table.FileName;
        var text = key.Text;
        if (TableKeyChecks.ReportKeyPostmapWouldSplit(context, artifact, text, "action"))
        {
            return;
        }

        if ((table.Type == TableType.Cidr) != (key.Kind == AccessKeyKind.Cidr))
        {
            context.Report(ValidationRules.InvalidTableType, artifact, "key", text,
                table.Type == TableType.Cidr ? $"is a {key.Kind} key in a cidr table, which matches only networks" : "is a CIDR key in a table that matches it literally",
                table.Type == TableType.Cidr ? "AccessKey.Cidr(\"network/prefix\") keys" : "a table of type TableType.Cidr for network keys");
            return;
        }

        var problem = key.Kind switch
        {
            AccessKeyKind.Address => AddressProblem(text),
            AccessKeyKind.Domain => HostNameSyntax.IsValid(text, text.Length > 0 && text[0] == '.' ? LeadingDots(text) : 0) ? null : "is not a valid domain name",
            AccessKeyKind.User => text.Length > 1 && text.IndexOf('@') == text.Length - 1 ? null : "is not a local part followed by @",
            AccessKeyKind.IpPrefix => IsIpPrefix(text) ? null : "is not an IPv4 address or prefix of 1 to 4 octets, nor an IPv6 address",
            AccessKeyKind.Cidr => NetworkSyntax.Parse(text, bracketedIpv6: false, out var networkProblem) is null ? networkProblem : null,
            _ => null,
        };
        if (problem is not null)
        {
            context.Report(key.Kind == AccessKeyKind.Cidr ? ValidationRules.InvalidNetwork : ValidationRules.InvalidAccessKey, artifact, "key", text, problem,
                key.Kind switch
                {
                    AccessKeyKind.Address => "user@domain, e.g. valide@domain.com",
                    AccessKeyKind.Domain => "a domain such as spam.com",
                    AccessKeyKind.User => "a local part such as postmaster (written postmaster@)",
                    AccessKeyKind.IpPrefix => "1.2.3.4, 192.168 or 2001:db8::1",
                    _ => "a network such as 192.168.0.0/24 or 2001:db8::/32",
                });
        }
    }

    /// <summary>Why <paramref name="text"/> is not a <c>user@domain</c> key, or null; shared with transport keys.</summary>
    internal static string? AddressProblem(string text)
    {
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            return "is not an address of the form user@domain";
        }

        return HostNameSyntax.IsValid(text, at + 1) ? null : "has an invalid domain part";
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int LeadingDots(string text)
    {
        var start = 0;
        while (start < text.Length && text[start] == '.')
        {
            start++;
        }

        return start;
    }

    private static bool IsIpPrefix(string text)
    {
        if (text.Contains(':'))
        {
            return InetAddressText.ParseIpv6(text) is not null;
        }

        var octets = text.Split('.');
        return octets.Length is >= 1 and <= 4
            && octets.All(o => o.Length is >= 1 and <= 3 && o.All(char.IsAsciiDigit) && int.Parse(o, System.Globalization.CultureInfo.InvariantCulture) <= 255);
    }

    /// <summary>Checks one access(5) action: the reply code, the text, a FILTER next hop, a restriction list. Reported at "<paramref name="locationPrefix"/><paramref name="key"/>".</summary>
    internal static void CheckAction(ValidationContext context, string artifact, string key, AccessAction action, string locationPrefix = "key ")
    {
        // Most actions are a bare keyword or a keyword and a text: nothing to report, nothing to build.
        if (action.Keyword.Length > 0 && !IsDigits(action.Keyword) && action.Keyword != "FILTER"
            && (action.Text is not { Length: > 0 } plain || !(char.IsWhiteSpace(plain[0]) || char.IsWhiteSpace(plain[^1]))))
        {
            return;
        }

        var location = locationPrefix + key;
        if (action.Keyword.Length == 3 && IsDigits(action.Keyword) && action.Keyword[0] is not ('4' or '5'))
        {
            context.Report(ValidationRules.InvalidReplyCode, artifact, location, action.Keyword,
                "is not a 4NN or 5NN reply code", "a temporary 4NN or permanent 5NN code, e.g. 450 or 554");
        }
        else if (action.Keyword.Length > 0 && IsDigits(action.Keyword) && action.Keyword.Length != 3)
        {
            context.Report(ValidationRules.InvalidReplyCode, artifact, location, action.Keyword,
                "is not a three-digit reply code", "a temporary 4NN or permanent 5NN code, e.g. 450 or 554");
        }

        if (action.Text is { } text && text.Trim() != text)
        {
            context.Report(ValidationRules.SurroundingWhitespace, artifact, location, text,
                "starts or ends with whitespace, which Postfix strips", "the text without leading or trailing whitespace");
        }

        DeliveryTransportChecks.CheckFilterAction(context, artifact, location, action.Keyword, action.Text);

        if (action.Keyword.Length == 0)
        {
            if (action.Restrictions.Count == 0)
            {
                context.Report(ValidationRules.Unwritable, artifact, location, string.Empty,
                    "is an empty restriction list", "at least one restriction");
            }

            ParameterChecks.ReportControlCharacters(context, artifact, location,
                action.Restrictions.Select(r => RestrictionText.Render(r, context.Host.ConfigDirectory)));
            RestrictionChecks.Check(context, artifact, location, action.Restrictions);
        }
    }
}
