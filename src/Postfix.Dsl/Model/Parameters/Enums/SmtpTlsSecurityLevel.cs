namespace Postfix.Dsl;

/// <summary>Values of <c>smtp_tls_security_level</c>.</summary>
public enum SmtpTlsSecurityLevel
{
    /// <summary><c>none</c>: no TLS.</summary>
    None,

    /// <summary><c>may</c>: opportunistic TLS.</summary>
    May,

    /// <summary><c>encrypt</c>: mandatory encryption without authentication.</summary>
    Encrypt,

    /// <summary><c>dane</c>: opportunistic DANE TLS.</summary>
    Dane,

    /// <summary><c>dane-only</c>: mandatory DANE TLS.</summary>
    [PostfixValue("dane-only")]
    DaneOnly,

    /// <summary><c>fingerprint</c>: certificate fingerprint verification.</summary>
    Fingerprint,

    /// <summary><c>verify</c>: mandatory server certificate verification.</summary>
    Verify,

    /// <summary><c>secure</c>: secure-channel TLS.</summary>
    Secure,
}
