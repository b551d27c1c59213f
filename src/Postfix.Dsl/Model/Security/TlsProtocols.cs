using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>A TLS (or SSL) protocol version, as Postfix's <c>*_tls_protocols</c> name it.</summary>
public enum TlsProtocol
{
    /// <summary><c>SSLv2</c>.</summary>
    [PostfixValue("SSLv2")] SslV2,

    /// <summary><c>SSLv3</c>.</summary>
    [PostfixValue("SSLv3")] SslV3,

    /// <summary><c>TLSv1</c>.</summary>
    [PostfixValue("TLSv1")] TlsV1,

    /// <summary><c>TLSv1.1</c>.</summary>
    [PostfixValue("TLSv1.1")] TlsV1_1,

    /// <summary><c>TLSv1.2</c>.</summary>
    [PostfixValue("TLSv1.2")] TlsV1_2,

    /// <summary><c>TLSv1.3</c>.</summary>
    [PostfixValue("TLSv1.3")] TlsV1_3,
}

/// <summary>
/// Values for the TLS protocol parameters, one shape for the server (<c>smtpd_tls_protocols</c>,
/// <c>smtpd_tls_mandatory_protocols</c>), the SMTP and LMTP clients (<c>smtp_</c>, <c>lmtp_</c>) and
/// postscreen's tlsproxy: <c>SmtpdTlsMandatoryProtocols = TlsProtocols.AtLeast(TlsProtocol.TlsV1_2)</c>.
/// </summary>
public static class TlsProtocols
{
    /// <summary><c>&gt;=TLSv1.2</c> (Postfix 3.6+): this version and every newer one.</summary>
    public static IReadOnlyList<string> AtLeast(TlsProtocol minimum) => [">=" + EnumText.Of(minimum)];

    /// <summary><c>&gt;=min, &lt;=max</c>: a closed range of versions.</summary>
    public static IReadOnlyList<string> Between(TlsProtocol minimum, TlsProtocol maximum) =>
        [">=" + EnumText.Of(minimum), "<=" + EnumText.Of(maximum)];

    /// <summary><c>!SSLv2, !SSLv3</c>: every version the library supports except these (the form of Postfix before 3.6).</summary>
    public static IReadOnlyList<string> Excluding(params TlsProtocol[] excluded) =>
        excluded.Select(p => "!" + EnumText.Of(p)).ToList();
}
