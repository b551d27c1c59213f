using System;
using System.Linq;
using System.Runtime.InteropServices;
using CsCheck;
using Xunit;

namespace Postfix.Dsl.Tests.Validation.Predicates;

/// <summary>
/// The address reader against the oracle Postfix itself uses: the C library's <c>inet_pton(3)</c>,
/// called here directly (glibc on the test machines and in CI, as under Debian's Postfix).
/// </summary>
public sealed class InetAddressTextTests
{
    private const int AfInet = 2;
    private const int AfInet6 = 10;

    // DllImport, not LibraryImport: the generated stub needs unsafe code, which this project does not allow.
    // The array is blittable, so it is pinned and inet_pton writes into it.
    [DllImport("libc", EntryPoint = "inet_pton")]
    private static extern int InetPton(int family, [MarshalAs(UnmanagedType.LPUTF8Str)] string text, byte[] address);

    /// <summary>What Postfix reads: IPv6 when the text has a colon (cidr_match_parse), inet_pton for the bytes.</summary>
    private static byte[]? Libc(string text)
    {
        var ipv6 = text.Contains(':');
        var bytes = new byte[ipv6 ? 16 : 4];
        return InetPton(ipv6 ? AfInet6 : AfInet, text, bytes) == 1 ? bytes : null;
    }

    // Every character the two grammars distinguish, weighted towards the ones that build addresses.
    private static readonly Gen<string> Texts = Gen.String[Gen.Char["0123456789.:abcdefABCDEFx%/ 0.:1"], 0, 24];

    // Real addresses of both families, then cut, doubled or edited in one place.
    private static readonly Gen<string> Ipv4 = Gen.Int[0, 300].Array[4].Select(o => string.Join('.', o));
    private static readonly Gen<string> Ipv6 = Gen.Int[0, 0x1ffff].Array[1, 9].Select(g => string.Join(':', g.Select(x => x.ToString("x"))));
    private static readonly Gen<string> Compressed = Gen.Select(Ipv6, Ipv6, Gen.Bool, (a, b, tail) => a + "::" + (tail ? b : string.Empty));
    private static readonly Gen<string> Mapped = Gen.Select(Ipv6, Ipv4, Gen.Bool, (a, b, gap) => a + (gap ? "::" : ":") + b);
    private static readonly Gen<string> Edited = Gen.Select(Gen.OneOf(Ipv4, Ipv6, Compressed, Mapped), Gen.Int[0, 30], Gen.Char["0:.x%"], (text, at, c) =>
        at < text.Length ? text[..at] + c + text[at..] : text);

    [Fact]
    public void Reads_exactly_what_inet_pton_reads_for_any_text() =>
        Texts.Sample(text => Assert.Equal(Libc(text), InetAddressText.Parse(text)), iter: 50_000);

    [Fact]
    public void Reads_exactly_what_inet_pton_reads_for_addresses_and_near_misses() =>
        Gen.OneOf(Ipv4, Ipv6, Compressed, Mapped, Edited).Sample(text => Assert.Equal(Libc(text), InetAddressText.Parse(text)), iter: 50_000);

    [Theory]
    [InlineData("10.0.0.1", "0A000001")]
    [InlineData("0.0.0.0", "00000000")]
    [InlineData("255.255.255.255", "FFFFFFFF")]
    [InlineData("::", "00000000000000000000000000000000")]
    [InlineData("::1", "00000000000000000000000000000001")]
    [InlineData("2001:db8::", "20010DB8000000000000000000000000")]
    [InlineData("::ffff:192.0.2.1", "00000000000000000000FFFFC0000201")]
    [InlineData("1:2:3:4:5:6:7:8", "00010002000300040005000600070008")]
    public void Reads_addresses_by_example(string text, string hex) =>
        Assert.Equal(Convert.FromHexString(hex), InetAddressText.Parse(text));

    [Theory]
    [InlineData("010.0.0.1")] // octal to IPAddress.TryParse (8.0.0.1)
    [InlineData("0x0a.0.0.1")] // hex to IPAddress.TryParse
    [InlineData("10.1")] // 10.0.0.1 to IPAddress.TryParse
    [InlineData("256.0.0.1")]
    [InlineData("1.2.3.4.")]
    [InlineData("fe80::1%eth0")] // a zone
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1::2::3")]
    [InlineData("1:2:3:4:5:6:7::8")] // "::" standing for no group
    [InlineData(":1::")]
    [InlineData("12345::")]
    [InlineData("")]
    public void Refuses_what_postfix_refuses_even_where_dotnet_reads_an_address(string text) =>
        Assert.Null(InetAddressText.Parse(text));
}
