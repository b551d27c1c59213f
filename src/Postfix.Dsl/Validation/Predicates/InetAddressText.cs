namespace Postfix.Dsl;

/// <summary>
/// IP addresses read exactly as Postfix reads them: with the C library's <c>inet_pton(3)</c>
/// (glibc's, a port of its <c>inet_pton4</c> and <c>inet_pton6</c>), where the family is IPv6 when
/// the text has a colon, as in Postfix's <c>cidr_match_parse</c>.
/// <para>
/// Not <c>IPAddress.TryParse</c>: it also reads forms that Postfix refuses or reads differently.
/// <c>010.0.0.1</c> is octal 8.0.0.1 to .NET and no address to <c>inet_pton</c>, so Postfix skips
/// such an entry (or stops at a <c>/mask</c>); hex parts and <c>%zone</c> suffixes are the same.
/// It is also a generic parser that a short process compiles at run time on its busy thread.
/// </para>
/// Shared with the analyzers: keep it netstandard2.0-compatible.
/// </summary>
internal static class InetAddressText
{
    private const int Ipv4Bytes = 4;
    private const int Ipv6Bytes = 16;

    /// <summary>The address bytes (4 for IPv4, 16 for IPv6) of <paramref name="text"/>, or null when <c>inet_pton</c> refuses it.</summary>
    public static byte[]? Parse(string text) => text.IndexOf(':') >= 0 ? ParseIpv6(text) : ParseIpv4(text);

    /// <summary>The 4 bytes of a dotted quad as <c>inet_pton(AF_INET)</c> reads it: decimal octets up to 255, no leading zero.</summary>
    public static byte[]? ParseIpv4(string text)
    {
        var bytes = new byte[Ipv4Bytes];
        return Ipv4(text, 0, bytes, 0) ? bytes : null;
    }

    /// <summary>The 16 bytes of an IPv6 address as <c>inet_pton(AF_INET6)</c> reads it: up to eight groups of 1–4 hex digits, one <c>::</c>, an optional dotted quad at the end.</summary>
    public static byte[]? ParseIpv6(string text)
    {
        var bytes = new byte[Ipv6Bytes];
        return Ipv6(text, bytes) ? bytes : null;
    }

    // glibc inet_pton4, reading text[start..] into bytes[at..at + 4].
    private static bool Ipv4(string text, int start, byte[] bytes, int at)
    {
        var sawDigit = false;
        var octets = 0;
        var value = 0;
        var first = at;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                if (sawDigit && value == 0)
                {
                    return false; // a leading zero
                }

                value = (value * 10) + (c - '0');
                if (value > 255)
                {
                    return false;
                }

                if (!sawDigit)
                {
                    if (++octets > Ipv4Bytes)
                    {
                        return false;
                    }

                    sawDigit = true;
                }

                bytes[at] = (byte)value;
            }
            else if (c == '.' && sawDigit)
            {
                if (octets == Ipv4Bytes)
                {
                    return false;
                }

                at++;
                value = 0;
                sawDigit = false;
            }
            else
            {
                return false;
            }
        }

        return octets == Ipv4Bytes && at == first + Ipv4Bytes - 1;
    }

    // glibc inet_pton6.
    private static bool Ipv6(string text, byte[] bytes)
    {
        var i = 0;
        if (text.Length == 0)
        {
            return false;
        }

        // A leading colon must be the start of a "::".
        if (text[0] == ':' && (text.Length < 2 || text[1] != ':'))
        {
            return false;
        }

        if (text[0] == ':')
        {
            i = 1;
        }

        var at = 0;
        var gap = -1;
        var token = i;
        var digits = 0;
        var value = 0;
        while (i < text.Length)
        {
            var c = text[i++];
            var digit = HexValue(c);
            if (digit >= 0)
            {
                if (digits == 4)
                {
                    return false;
                }

                value = (value << 4) | digit;
                digits++;
                continue;
            }

            if (c == ':')
            {
                token = i;
                if (digits == 0)
                {
                    if (gap >= 0)
                    {
                        return false; // a second "::"
                    }

                    gap = at;
                    continue;
                }

                if (i == text.Length || at + 2 > Ipv6Bytes)
                {
                    return false; // a trailing single colon, or a ninth group
                }

                bytes[at++] = (byte)(value >> 8);
                bytes[at++] = (byte)value;
                digits = 0;
                value = 0;
                continue;
            }

            // A dotted quad ends the address; inet_pton4 reads the rest of the text from this group on.
            if (c == '.' && at + Ipv4Bytes <= Ipv6Bytes && Ipv4(text, token, bytes, at))
            {
                at += Ipv4Bytes;
                digits = 0;
                break;
            }

            return false;
        }

        if (digits > 0)
        {
            if (at + 2 > Ipv6Bytes)
            {
                return false;
            }

            bytes[at++] = (byte)(value >> 8);
            bytes[at++] = (byte)value;
        }

        if (gap >= 0)
        {
            if (at == Ipv6Bytes)
            {
                return false; // "::" would stand for no group at all
            }

            // The groups after "::" move to the end; the gap between is zeros.
            var moved = at - gap;
            for (var k = 1; k <= moved; k++)
            {
                bytes[Ipv6Bytes - k] = bytes[at - k];
                bytes[at - k] = 0;
            }

            at = Ipv6Bytes;
        }

        return at == Ipv6Bytes;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
