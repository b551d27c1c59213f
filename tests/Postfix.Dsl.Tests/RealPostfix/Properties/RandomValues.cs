using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace Postfix.Dsl.Tests.RealPostfix.Properties;

/// <summary>Generators of valid values for every kind of main.cf parameter.</summary>
internal static class RandomValues
{
    private static readonly Gen<string> Label =
        Gen.Select(Gen.Char["abcdefghijklmnopqrstuvwxyz"], Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"], 0, 20], Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"])
            .Select((first, middle, last) => first + middle + last);

    public static readonly Gen<string> Domain = Label.Array[2, 5].Select(labels => string.Join('.', labels));

    // References point only at parameters whose generated values hold no reference (host and domain
    // names) or that are never set, so that no $name cycle can form: Postfix warns about one, and
    // validation refuses it (PFX0018, found by this test).

    /// <summary>A whole-word reference, for list items.</summary>
    private static readonly Gen<string> Reference = Gen.OneOf("$myhostname", "${mydomain}", "$config_directory");

    /// <summary>A reference inside text: braced, since "$myhostnameX" would name another parameter (found by this test).</summary>
    private static readonly Gen<string> EmbeddedReference = Gen.OneOf("${myhostname}", "${mydomain}", "$$", "${config_directory}");

    /// <summary>
    /// Printable text without control characters: ASCII punctuation ('#', ',', '=', '?', ':'), accents,
    /// CJK, emoji. Braces only come with references: after a '$' they are Postfix expression syntax.
    /// </summary>
    private static readonly Gen<string> Fragment = Gen.OneOf(
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;!?#=@/()[]<>'\"*+-_%&|~^"], 1, 40],
        Gen.String[Gen.Char["éèàçüöñßÆøåłžЖдя中文日本語한국어✉€"], 1, 10],
        Gen.OneOf("🙂", "Microsoft Exchange", "ESMTP", "#not a comment"),
        EmbeddedReference);

    /// <summary>Text with no leading or trailing whitespace (Postfix strips it), sometimes very long.</summary>
    public static readonly Gen<string> Text = Gen.OneOf(
        Fragment.Array[1, 8].Select(parts => string.Concat(parts).Trim()).Where(t => t.Length > 0),
        Fragment.Array[150, 300].Select(parts => string.Concat(parts).Trim()).Where(t => t.Length > 0));

    /// <summary>A list word; with spaces or commas it is written in { } (so it holds no brace).</summary>
    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789.:/_-=@%+"], 1, 30],
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz ,=:."], 1, 30].Select(w => w.Trim(' ', ',')).Where(w => w.Length > 0),
        Gen.String[Gen.Char["éàüñЖ中文✉"], 1, 6],
        Reference);

    /// <summary>An item of a list Postfix does not group (the milter macro lists): no blank or comma, braces allowed.</summary>
    private static readonly Gen<string> UngroupedWord = Gen.OneOf(
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789_"], 1, 20],
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz_"], 1, 20].Select(w => "{" + w + "}"));

    /// <summary>A stock unix service, optionally with a next hop: anything else is PFX0023.</summary>
    private static readonly Gen<string> Transport = Gen.Select(
            Gen.OneOf("smtp", "relay", "lmtp", "local", "virtual", "error", "retry", "discard"),
            Gen.OneOf(Gen.Const(string.Empty), Domain.Select(d => ":" + d), Domain.Select(d => $":[{d}]:25"), Gen.Const(":${myhostname}")))
        .Select((transport, nexthop) => transport + nexthop);

    private static readonly Gen<string> Network = Gen.OneOf(
        Gen.Select(Gen.Byte, Gen.Byte, Gen.Byte, Gen.Byte, Gen.Int[8, 32]).Select((a, b, c, d, prefix) => Ipv4Network(new byte[] { a, b, c, d }, prefix)),
        Gen.Select(Gen.UShort, Gen.UShort, Gen.Int[16, 128]).Select((a, b, prefix) => Ipv6Network(a, b, prefix)),
        Gen.OneOf("127.0.0.0/8", "[::1]/128", "$config_directory/mynetworks", "cidr:/etc/postfix/networks"));

    private static readonly Gen<TableReference> ExternalTable =
        Gen.Select(Gen.OneOf("hash", "lmdb", "cdb", "texthash", "regexp", "pcre", "cidr", "proxy:unix"), Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz_"], 1, 12])
            .Select((type, name) => (TableReference)(type == "proxy:unix" ? "proxy:unix:passwd.byname" : $"{type}:/etc/postfix/{name}"));

    private static readonly Restriction[] Simple = typeof(Restrictions).GetProperties()
        .Select(p => (Restriction)p.GetValue(null)!)
        .Where(r => !r.StopsRelaying)
        .ToArray();

    private static readonly Gen<Restriction> AnyRestriction = Gen.OneOf(
        Gen.OneOf(Simple),
        Domain.Select(Restrictions.RejectRblClient),
        Domain.Select(Restrictions.RejectRhsblSender),
        Gen.Int[1, 20].Select(Restrictions.Sleep),
        Gen.UShort.Select(port => Restrictions.CheckPolicyService($"inet:127.0.0.1:{port}")));

    /// <summary>
    /// postconf checks inet_interfaces even with -n: a word that is not a host is fatal, and so is an
    /// address that is not on one of this machine's interfaces, or not of an enabled inet_protocols
    /// family. Only the values that hold on every machine with any inet_protocols.
    /// </summary>
    private static readonly Gen<object> InterfaceAddresses = Gen.OneOf<object>(new[] { "all" }, new[] { "loopback-only" });

    /// <summary>A generator of valid values of the property type behind <paramref name="descriptor"/>.</summary>
    public static Gen<object> For(ParameterDescriptor descriptor, Type propertyType) => descriptor.Kind switch
    {
        ParameterKind.Bool => Gen.Bool.Select(b => (object)b),
        ParameterKind.Int => Gen.Int[0, int.MaxValue].Select(i => (object)i),
        ParameterKind.Long => Gen.Long[0, long.MaxValue].Select(l => (object)l),
        ParameterKind.Time => Gen.Select(Gen.Int[0, 100_000], Gen.Int[0, 5]).Select((value, unit) => (object)(unit switch
        {
            0 => PostfixTime.Seconds(value),
            1 => PostfixTime.Minutes(value),
            2 => PostfixTime.Hours(value),
            3 => PostfixTime.Days(value),
            4 => PostfixTime.Weeks(value),
            _ => PostfixTime.Bare(value),
        })),
        ParameterKind.Enum => Gen.OneOf(Enum.GetValues(Nullable.GetUnderlyingType(propertyType)!).Cast<object>().ToArray()),
        ParameterKind.String or ParameterKind.Raw => Text.Select(t => (object)t),
        ParameterKind.HostName or ParameterKind.DomainName => Domain.Select(d => (object)d),
        ParameterKind.Transport => Transport.Select(t => (object)t),
        _ when descriptor.Name == "inet_interfaces" => InterfaceAddresses,
        ParameterKind.List when UngroupedLists.Contains(descriptor.Name) => UngroupedWord.Array[1, 25].Select(items => (object)items),
        ParameterKind.List => Word.Array[1, 25].Select(items => (object)items),
        ParameterKind.DomainList => Gen.OneOf(Domain, Domain.Select(d => "." + d), Gen.OneOf("$myhostname", "localhost.$mydomain", "hash:/etc/postfix/domains"))
            .Array[1, 20].Select(items => (object)items),
        ParameterKind.NetworkList => Network.Array[1, 20].Select(items => (object)items.Select(item => (NetworkItem)item).ToArray()),
        ParameterKind.Maps => ExternalTable.Array[1, 6].Select(items => (object)items),
        ParameterKind.Restrictions => AnyRestriction.Array[0, 15]
            .Select(items => (object)items.Append(Restrictions.RejectUnauthDestination).ToArray()),
        _ => throw new InvalidOperationException($"no generator for {descriptor.Kind} ({descriptor.Name}): add one"),
    };

    private static string Ipv4Network(byte[] address, int prefix)
    {
        Clear(address, prefix);
        return $"{address[0]}.{address[1]}.{address[2]}.{address[3]}/{prefix}";
    }

    private static string Ipv6Network(ushort a, ushort b, int prefix)
    {
        var bytes = new byte[16];
        bytes[0] = (byte)(a >> 8);
        bytes[1] = (byte)a;
        bytes[2] = (byte)(b >> 8);
        bytes[3] = (byte)b;
        bytes[15] = 1;
        Clear(bytes, prefix);
        return $"[{new System.Net.IPAddress(bytes)}]/{prefix}";
    }

    private static void Clear(byte[] address, int prefix)
    {
        for (var bit = prefix; bit < address.Length * 8; bit++)
        {
            address[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }
    }
}
