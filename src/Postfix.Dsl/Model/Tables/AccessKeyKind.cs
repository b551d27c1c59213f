namespace Postfix.Dsl;

/// <summary>The forms of an access(5) key.</summary>
public enum AccessKeyKind
{
    /// <summary><c>user@domain</c></summary>
    Address,

    /// <summary><c>domain.tld</c> (also matches subdomains, per parent_domain_matches_subdomains)</summary>
    Domain,

    /// <summary><c>user@</c>: the local part in any domain</summary>
    User,

    /// <summary>An IPv4 address or prefix of 1 to 4 octets, or an IPv6 address</summary>
    IpPrefix,

    /// <summary><c>&lt;&gt;</c>: the null sender</summary>
    NullSender,

    /// <summary><c>network/prefix</c>, for cidr tables only</summary>
    Cidr,
}
