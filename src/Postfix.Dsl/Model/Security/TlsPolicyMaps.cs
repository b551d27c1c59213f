namespace Postfix.Dsl;

/// <summary>TLS policy sources for <c>smtp_tls_policy_maps</c> that are not tables of the host.</summary>
public static class TlsPolicyMaps
{
    /// <summary>
    /// An MTA-STS resolver (postfix-mta-sts-resolver's <c>mta-sts-daemon</c>) queried as a socketmap:
    /// <c>socketmap:inet:127.0.0.1:8461:postfix</c>. List it after a <see cref="TlsPolicyTable"/> of the host
    /// so that explicit policies win.
    /// </summary>
    /// <param name="host">Where the resolver listens.</param>
    /// <param name="port">Its port (8461 by default).</param>
    /// <param name="name">The socketmap name its configuration serves (postfix by default).</param>
    public static TableReference MtaSts(string host = "127.0.0.1", int port = 8461, string name = "postfix") =>
        TableEndpoint.Socketmap(host, port, name);
}
