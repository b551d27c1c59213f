namespace Postfix.Dsl;

/// <summary>Values of <c>smtp_dns_support_level</c> and <c>lmtp_dns_support_level</c>.</summary>
public enum DnsSupportLevel
{
    /// <summary><c>disabled</c>: no DNS lookups; host names are resolved through the system (replaces disable_dns_lookups).</summary>
    Disabled,

    /// <summary><c>enabled</c>: ordinary DNS lookups (MX, A, AAAA).</summary>
    Enabled,

    /// <summary><c>dnssec</c>: DNS lookups with DNSSEC validation, needed for DANE.</summary>
    Dnssec,
}
