namespace Postfix.Dsl;

/// <summary>A key of an access(5) table. Create with the factory methods; the form is checked before writing.</summary>
public sealed record AccessKey
{
    private AccessKey(AccessKeyKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>Which form of key this is.</summary>
    public AccessKeyKind Kind { get; }

    /// <summary>The key as written to the table.</summary>
    public string Text { get; }

    /// <summary>The null sender <c>&lt;&gt;</c> (bounces); needs smtpd_null_access_lookup_key unchanged.</summary>
    public static AccessKey NullSender { get; } = new(AccessKeyKind.NullSender, "<>");

    /// <summary>A full address <c>user@domain</c>.</summary>
    public static AccessKey Address(string address) => new(AccessKeyKind.Address, address);

    /// <summary>A domain; it also matches its subdomains in the default configuration.</summary>
    public static AccessKey Domain(string domain) => new(AccessKeyKind.Domain, domain);

    /// <summary>A local part in any domain, written <c>user@</c>.</summary>
    public static AccessKey User(string localPart) => new(AccessKeyKind.User, localPart + "@");

    /// <summary>An IPv4 address or prefix of 1 to 4 octets (<c>192.168</c>), or an IPv6 address.</summary>
    public static AccessKey IpPrefix(string prefix) => new(AccessKeyKind.IpPrefix, prefix);

    /// <summary>A network in CIDR notation; only in tables of type <see cref="TableType.Cidr"/>.</summary>
    public static AccessKey Cidr(string network) => new(AccessKeyKind.Cidr, network);

    /// <inheritdoc />
    public override string ToString() => Text;
}
