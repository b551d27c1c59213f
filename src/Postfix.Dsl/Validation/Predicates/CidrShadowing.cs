using System.Collections.Generic;
using System.Net;

namespace Postfix.Dsl;

/// <summary>
/// First-match order in a cidr table (PFX0323): cidr_table(5) answers with the first entry whose
/// network holds the client address, so an entry whose network lies wholly inside an earlier one's
/// is never reached.
/// </summary>
internal static class CidrShadowing
{
    /// <summary>For each entry that an earlier one hides, its index and the earlier entry's; entries that are not plain networks are skipped.</summary>
    public static IEnumerable<(int Hidden, int By)> Shadowed(IReadOnlyList<string> networks)
    {
        var parsed = new (byte[] Bytes, int Prefix)?[networks.Count];
        for (var i = 0; i < networks.Count; i++)
        {
            parsed[i] = Parse(networks[i]);
            if (parsed[i] is not { } inner)
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (parsed[j] is { } outer && Contains(outer, inner))
                {
                    yield return (i, j);
                    break;
                }
            }
        }
    }

    private static (byte[] Bytes, int Prefix)? Parse(string text)
    {
        var slash = text.IndexOf('/');
        var address = slash < 0 ? text : text.Substring(0, slash);
        if (!IPAddress.TryParse(address, out var ip))
        {
            return null;
        }

        var bytes = ip.GetAddressBytes();
        if (slash < 0)
        {
            return (bytes, bytes.Length * 8);
        }

        return int.TryParse(text.Substring(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var prefix)
            && prefix <= bytes.Length * 8
            ? (bytes, prefix)
            : null;
    }

    private static bool Contains((byte[] Bytes, int Prefix) outer, (byte[] Bytes, int Prefix) inner)
    {
        if (outer.Bytes.Length != inner.Bytes.Length || outer.Prefix > inner.Prefix)
        {
            return false;
        }

        for (var bit = 0; bit < outer.Prefix; bit++)
        {
            var mask = 0x80 >> (bit % 8);
            if ((outer.Bytes[bit / 8] & mask) != (inner.Bytes[bit / 8] & mask))
            {
                return false;
            }
        }

        return true;
    }
}
