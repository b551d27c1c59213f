using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// The SMTP client's TLS policy per destination (<c>smtp_tls_policy_maps</c>): each line is
/// <c>destination level attribute=value ...</c>, e.g. <c>example.com secure match=.example.com protocols=>=TLSv1.2</c>.
/// It overrides <c>smtp_tls_security_level</c> for the destinations it lists.
/// </summary>
public sealed record TlsPolicyTable : EntryTable<TlsPolicyEntry>;

/// <summary>One destination and its policy.</summary>
/// <param name="Destination">What the SMTP client looks up: the next-hop domain or <c>[host]:port</c>, as the transport names it.</param>
/// <param name="Policy">The TLS policy for it.</param>
public sealed record TlsPolicyEntry(TlsPolicyDestination Destination, TlsPolicy Policy);

/// <summary>The key of a TLS policy entry: a next-hop domain, its subdomains, or one next hop as the transport writes it.</summary>
public sealed record TlsPolicyDestination
{
    private TlsPolicyDestination(string text, string? domain)
    {
        Text = text;
        Domain = domain;
    }

    /// <summary>The key as written.</summary>
    public string Text { get; }

    /// <summary>The domain or host name in the key, checked as a DNS name; null for an address.</summary>
    public string? Domain { get; }

    /// <summary><c>example.com</c>: mail whose next-hop domain is example.com (its MX hosts).</summary>
    public static TlsPolicyDestination For(string domain) => new(domain, domain);

    /// <summary><c>.example.com</c>: every subdomain of example.com (with <c>parent_domain_matches_subdomains</c> unset for smtp_tls_policy_maps).</summary>
    public static TlsPolicyDestination Subdomains(string domain) => new("." + domain, domain);

    /// <summary><c>[mail.example.com]:587</c> or <c>example.com:25</c>: one next hop exactly as relayhost or a transport writes it.</summary>
    public static TlsPolicyDestination Nexthop(Nexthop nexthop) =>
        new(TransportText.Nexthop(nexthop ?? throw new ArgumentNullException(nameof(nexthop))), nexthop.Name);
}

/// <summary>
/// A TLS policy: the security level and the attributes that refine it. <c>match=</c> at a level that
/// does not read it (only fingerprint, verify and secure do) is reported at emit.
/// </summary>
/// <param name="Level">The security level for the destination.</param>
public sealed record TlsPolicy(SmtpTlsSecurityLevel Level)
{
    /// <summary>
    /// <c>match=</c>: for verify and secure, the names the certificate must hold (<c>hostname</c>,
    /// <c>nexthop</c>, <c>dot-nexthop</c> or a name, <c>.example.com</c> for its subdomains); for
    /// fingerprint, the certificate or public-key digests. Written joined by ':'.
    /// </summary>
    public IReadOnlyList<string> Match { get => _match; init => _match = ValueList.Of(value); }

    private readonly IReadOnlyList<string> _match = ValueList.Of<string>([]);

    /// <summary><c>protocols=</c>: e.g. <c>TlsProtocols.AtLeast(TlsProtocol.TlsV1_2)</c>; empty keeps smtp_tls_mandatory_protocols.</summary>
    public IReadOnlyList<string> Protocols { get => _protocols; init => _protocols = ValueList.Of(value); }

    private readonly IReadOnlyList<string> _protocols = ValueList.Of<string>([]);

    /// <summary><c>ciphers=</c>: the cipher grade for this destination; null keeps smtp_tls_mandatory_ciphers.</summary>
    public TlsCipherGrade? Ciphers { get; init; }

    /// <summary><c>connection_reuse=yes</c> (Postfix 3.4+): reuse TLS connections to this destination.</summary>
    public bool? ConnectionReuse { get; init; }

    /// <summary>The value as written: the level, then each attribute set.</summary>
    public string Text
    {
        get
        {
            var words = new List<string> { EnumText.Of(Level) };
            if (Match.Count > 0)
            {
                words.Add("match=" + string.Join(":", Match));
            }

            if (Protocols.Count > 0)
            {
                words.Add("protocols=" + string.Join(":", Protocols));
            }

            if (Ciphers is { } ciphers)
            {
                words.Add("ciphers=" + EnumText.Of(ciphers));
            }

            if (ConnectionReuse is { } reuse)
            {
                words.Add("connection_reuse=" + (reuse ? "yes" : "no"));
            }

            return string.Join(" ", words);
        }
    }

    /// <summary>The levels that read <c>match=</c>.</summary>
    internal bool ReadsMatch => Level is SmtpTlsSecurityLevel.Fingerprint or SmtpTlsSecurityLevel.Verify or SmtpTlsSecurityLevel.Secure;

    /// <summary>The words of the attributes, for checks: each must be one word without blanks.</summary>
    internal IEnumerable<string> AttributeValues => Match.Concat(Protocols);
}
