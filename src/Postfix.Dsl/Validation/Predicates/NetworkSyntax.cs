using System.Globalization;

namespace Postfix.Dsl;

/// <summary>Network addresses as Postfix writes them: <c>192.168.0.0/24</c>, <c>10.1.2.3</c>, <c>[2001:db8::]/32</c>.
/// Shared with the analyzers: keep it netstandard2.0-compatible.</summary>
internal static class NetworkSyntax
{
    /// <summary>A parsed network: its prefix length (32 or 128 for a bare address) and whether it is IPv6.</summary>
    public readonly record struct Network(int PrefixLength, bool IsIpv6);

    /// <summary>
    /// Parses <paramref name="text"/>; returns null and a problem when it is not a network.
    /// <paramref name="bracketedIpv6"/> is true where Postfix wants IPv6 in brackets (mynetworks),
    /// false where it wants them bare (cidr tables).
    /// </summary>
    public static Network? Parse(string text, bool bracketedIpv6, out string problem)
    {
        problem = string.Empty;
        var address = text;
        string? prefix = null;
        var slash = text.LastIndexOf('/');
        if (slash >= 0)
        {
            address = text.Substring(0, slash);
            prefix = text.Substring(slash + 1);
        }

        var bracketed = address.StartsWith("[", System.StringComparison.Ordinal) && address.EndsWith("]", System.StringComparison.Ordinal);
        if (bracketed)
        {
            address = address.Substring(1, address.Length - 2);
        }

        // Read as Postfix reads it (inet_pton), never as IPAddress.TryParse, which takes octal and hex octets.
        if (InetAddressText.Parse(address) is not { } bytes)
        {
            problem = HasLeadingZeroOctet(address)
                ? "has an octet with a leading zero, which Postfix does not read as an address (.NET would read it as octal)"
                : "is not an IP address or network in CIDR notation";
            return null;
        }

        var ipv6 = bytes.Length == 16;
        if (ipv6 && bracketedIpv6 && !bracketed)
        {
            problem = "is an IPv6 network without the [ ] that Postfix requires here";
            return null;
        }

        if (bracketed && (!ipv6 || !bracketedIpv6))
        {
            problem = "puts an address in [ ] where Postfix does not accept brackets";
            return null;
        }

        var max = ipv6 ? 128 : 32;
        var length = max;
        if (prefix is not null)
        {
            if (prefix.Length == 0 || prefix.Length > 3 || !int.TryParse(prefix, NumberStyles.None, CultureInfo.InvariantCulture, out length) || length > max)
            {
                problem = $"has a prefix length outside 0..{max}";
                return null;
            }
        }

        if (HasHostBits(bytes, length))
        {
            problem = $"has host bits set below its /{length} prefix (Postfix skips such an entry)";
            return null;
        }

        return new Network(length, ipv6);
    }

    /// <summary>PFX0007: mynetworks may trust at most a /8; anything wider lets a large part of the internet relay.</summary>
    public static bool IsTooWideToTrust(Network network) => network.PrefixLength < 8;

    // 010.0.0.1: four decimal octets, one of them written with a leading zero.
    private static bool HasLeadingZeroOctet(string address)
    {
        var octets = address.Split('.');
        if (octets.Length != 4)
        {
            return false;
        }

        var leadingZero = false;
        foreach (var octet in octets)
        {
            if (octet.Length == 0 || octet.Length > 4)
            {
                return false;
            }

            foreach (var c in octet)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            leadingZero |= octet.Length > 1 && octet[0] == '0';
        }

        return leadingZero;
    }

    private static bool HasHostBits(byte[] bytes, int prefixLength)
    {
        for (var bit = prefixLength; bit < bytes.Length * 8; bit++)
        {
            if ((bytes[bit / 8] & (0x80 >> (bit % 8))) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
