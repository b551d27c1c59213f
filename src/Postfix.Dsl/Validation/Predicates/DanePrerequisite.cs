namespace Postfix.Dsl;

/// <summary>
/// DANE needs DNSSEC-validated lookups (PFX0316): with <c>smtp_tls_security_level = dane</c> or
/// <c>dane-only</c> and <c>smtp_dns_support_level</c> other than <c>dnssec</c>, Postfix trusts no TLSA
/// record. Shared with the analyzers; the values are Postfix's spellings, null when unset.
/// </summary>
internal static class DanePrerequisite
{
    /// <summary>True when <paramref name="tlsLevel"/> asks for DANE and <paramref name="dnsSupportLevel"/> is not dnssec.</summary>
    public static bool IsMissing(string? tlsLevel, string? dnsSupportLevel) =>
        tlsLevel is "dane" or "dane-only" && dnsSupportLevel != "dnssec";
}
