namespace Postfix.Dsl;

/// <summary>Values of <c>smtpd_tls_security_level</c>.</summary>
public enum SmtpdTlsSecurityLevel
{
    /// <summary><c>none</c>: no STARTTLS.</summary>
    None,

    /// <summary><c>may</c>: offer STARTTLS, do not require it (right for a public MX).</summary>
    May,

    /// <summary><c>encrypt</c>: require TLS (submission services, never a public MX).</summary>
    Encrypt,
}
