namespace Postfix.Dsl;

/// <summary>Values of <c>smtpd_sasl_type</c>: the SASL implementation the SMTP server asks (<c>postconf -a</c> lists those built in).</summary>
public enum SaslServerType
{
    /// <summary><c>cyrus</c>: the Cyrus SASL library, configured in <c>smtpd.conf</c> (Postfix's default).</summary>
    Cyrus,

    /// <summary><c>dovecot</c>: Dovecot's auth service, at the socket <c>smtpd_sasl_path</c> names (e.g. <c>private/auth</c>).</summary>
    Dovecot,
}
