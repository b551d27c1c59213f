namespace Postfix.Dsl;

/// <summary>
/// The DNS list domain of <c>reject_rbl_client</c>, <c>reject_rhsbl_*</c>, <c>permit_dnswl_client</c> and
/// <c>permit_rhswl_client</c> (PFX0003). Shared with the analyzers: keep it netstandard2.0-compatible.
/// </summary>
internal static class RestrictionArguments
{
    /// <summary>True when <paramref name="name"/> takes a DNS list domain and <paramref name="argument"/> (before any <c>=reply</c>) is not one.</summary>
    public static bool IsDnsListDomainProblem(string name, string argument)
    {
        var takesDomain = name.StartsWith("reject_rbl", System.StringComparison.Ordinal)
            || name.StartsWith("reject_rhsbl", System.StringComparison.Ordinal)
            || name is "permit_dnswl_client" or "permit_rhswl_client";
        if (!takesDomain)
        {
            return false;
        }

        var parts = argument.Split('=');
        return !HostNameSyntax.IsValid(parts[0]) || parts.Length > 2 || (parts.Length == 2 && !IsReplyPattern(parts[1]));
    }

    /// <summary>
    /// A DNS list reply filter: four dot-separated octets, each a number 0..255 or a bracketed list of
    /// numbers and ranges, e.g. <c>127.0.0.2</c>, <c>127.0.0.[2..11]</c>, <c>127.0.0.[2;4;6..8]</c>.
    /// </summary>
    public static bool IsReplyPattern(string pattern)
    {
        var octets = new System.Collections.Generic.List<string>();
        var start = 0;
        var bracket = false;
        for (var i = 0; i <= pattern.Length; i++)
        {
            if (i == pattern.Length || (pattern[i] == '.' && !bracket))
            {
                octets.Add(pattern.Substring(start, i - start));
                start = i + 1;
            }
            else if (pattern[i] == '[' || pattern[i] == ']')
            {
                bracket = pattern[i] == '[';
            }
        }

        if (octets.Count != 4)
        {
            return false;
        }

        foreach (var octet in octets)
        {
            if (octet.Length > 2 && octet[0] == '[' && octet[octet.Length - 1] == ']')
            {
                foreach (var item in octet.Substring(1, octet.Length - 2).Split(';'))
                {
                    var range = item.Split(new[] { ".." }, System.StringSplitOptions.None);
                    if (range.Length > 2 || !IsOctet(range[0]) || (range.Length == 2 && !IsOctet(range[1])))
                    {
                        return false;
                    }
                }
            }
            else if (!IsOctet(octet))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOctet(string text)
    {
        if (text.Length == 0 || text.Length > 3)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) <= 255;
    }
}
