namespace Postfix.Dsl;

/// <summary>
/// A key of a transport(5) table. Create with the factory members; the form is checked before writing.
/// transport(5) has no <c>user@</c> key, and no null-recipient key: mail to <c>&lt;&gt;</c> is looked
/// up as <c>$empty_address_recipient@$myhostname</c> (mailer-daemon@ the host), so use that address.
/// </summary>
public sealed record TransportKey
{
    private TransportKey(TransportKeyKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>Which form of key this is.</summary>
    public TransportKeyKind Kind { get; }

    /// <summary>The key as written to the table.</summary>
    public string Text { get; }

    /// <summary><c>*</c>: the wild-card, for every recipient that no other key matches.</summary>
    public static TransportKey Wildcard { get; } = new(TransportKeyKind.Wildcard, "*");

    /// <summary>A recipient address <c>user@domain</c>; <c>user+extension@domain</c> is looked up before <c>user@domain</c>.</summary>
    public static TransportKey Address(string address) => new(TransportKeyKind.Address, address);

    /// <summary>
    /// A domain, e.g. <c>example.org</c>. In the default configuration it matches the domain only:
    /// add <see cref="Subdomains"/> for its subdomains (unless parent_domain_matches_subdomains lists transport_maps).
    /// </summary>
    public static TransportKey Domain(string domain) => new(TransportKeyKind.Domain, domain);

    /// <summary>Every subdomain of <paramref name="domain"/>, written <c>.example.org</c>; not the domain itself.</summary>
    public static TransportKey Subdomains(string domain) => new(TransportKeyKind.Subdomains, "." + domain);

    /// <inheritdoc />
    public override string ToString() => Text;
}
