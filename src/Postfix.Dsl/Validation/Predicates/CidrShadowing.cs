using System;
using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// First-match order in a cidr table (PFX0323): cidr_table(5) answers with the first entry whose
/// network holds the client address, so an entry whose network lies wholly inside an earlier one's
/// is never reached.
/// </summary>
internal static class CidrShadowing
{
    /// <summary>For each entry that an earlier one hides, its index and the earliest such entry's; entries that are not plain networks are skipped.</summary>
    /// <remarks>
    /// Each earlier network is remembered by (family, prefix, masked address); an entry is hidden when
    /// one of its own prefixes, masked, is remembered. That is at most 129 lookups per entry, so a table
    /// of many thousand networks is checked in linear time, not by comparing every pair.
    /// </remarks>
    public static IEnumerable<(int Hidden, int By)> Shadowed(IReadOnlyList<string> networks)
    {
        var earlier = new Dictionary<(bool V6, int Prefix, UInt128 Network), int>();
        for (var i = 0; i < networks.Count; i++)
        {
            if (Parse(networks[i]) is not var (v6, prefix, address))
            {
                continue;
            }

            var by = -1;
            for (var wider = 0; wider <= prefix; wider++)
            {
                if (earlier.TryGetValue((v6, wider, Mask(address, wider, v6)), out var index) && (by < 0 || index < by))
                {
                    by = index;
                }
            }

            if (by >= 0)
            {
                yield return (i, by);
            }

            earlier.TryAdd((v6, prefix, Mask(address, prefix, v6)), i);
        }
    }

    private static (bool V6, int Prefix, UInt128 Address)? Parse(string text)
    {
        var slash = text.IndexOf('/');
        if (InetAddressText.Parse(slash < 0 ? text : text[..slash]) is not { } bytes)
        {
            return null;
        }

        var v6 = bytes.Length == 16;
        var bits = v6 ? 128 : 32;
        var prefix = bits;
        if (slash >= 0 && (!int.TryParse(text[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out prefix) || prefix > bits))
        {
            return null;
        }

        var address = UInt128.Zero;
        foreach (var b in bytes)
        {
            address = (address << 8) | b;
        }

        return (v6, prefix, address);
    }

    // The address with every bit after the first `prefix` (of 32 or 128) cleared.
    private static UInt128 Mask(UInt128 address, int prefix, bool v6)
    {
        var bits = v6 ? 128 : 32;
        return prefix == 0 ? UInt128.Zero : address & ~((UInt128.One << (bits - prefix)) - 1) & (v6 ? UInt128.MaxValue : uint.MaxValue);
    }
}
