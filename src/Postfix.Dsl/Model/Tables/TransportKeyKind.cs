namespace Postfix.Dsl;

/// <summary>The forms of a transport(5) key.</summary>
public enum TransportKeyKind
{
    /// <summary><c>user@domain</c> or <c>user+extension@domain</c>: one recipient</summary>
    Address,

    /// <summary><c>example.org</c>: the domain only (transport_maps is not in parent_domain_matches_subdomains by default)</summary>
    Domain,

    /// <summary><c>.example.org</c>: every subdomain of the domain, not the domain itself</summary>
    Subdomains,

    /// <summary><c>*</c>: any recipient that no other key matches</summary>
    Wildcard,
}
