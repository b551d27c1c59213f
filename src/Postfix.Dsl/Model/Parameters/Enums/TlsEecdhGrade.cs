namespace Postfix.Dsl;

/// <summary>Values of <c>smtpd_tls_eecdh_grade</c> and <c>tlsproxy_tls_eecdh_grade</c>: the elliptic-curve key exchange the server offers.</summary>
public enum TlsEecdhGrade
{
    /// <summary><c>auto</c>: let OpenSSL negotiate the curve from tls_eecdh_auto_curves (the default).</summary>
    Auto,

    /// <summary><c>none</c>: no ephemeral elliptic-curve key exchange.</summary>
    None,

    /// <summary><c>strong</c>: the curve named by tls_eecdh_strong_curve.</summary>
    Strong,

    /// <summary><c>ultra</c>: the curve named by tls_eecdh_ultra_curve.</summary>
    Ultra,
}
