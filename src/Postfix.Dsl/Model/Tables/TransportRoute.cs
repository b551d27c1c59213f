namespace Postfix.Dsl;

/// <summary>
/// The result of a transport(5) entry, <c>transport:nexthop</c>: the master.cf service that delivers
/// and where it delivers to. An empty transport keeps the one Postfix would pick without the table
/// (local, virtual, relay or smtp by address class); no next hop means the recipient domain.
/// Create with the static members.
/// </summary>
public sealed record TransportRoute
{
    private TransportRoute(string transport, Nexthop? nexthop, string? text)
    {
        Transport = transport;
        Nexthop = nexthop;
        Text = text;
    }

    /// <summary>The master.cf service name (a unix service, e.g. <c>smtp</c>, <c>relay</c>), or empty to keep the default transport.</summary>
    public string Transport { get; }

    /// <summary>The next hop, or null: the recipient domain (or, with an empty transport, no change).</summary>
    public Nexthop? Nexthop { get; }

    /// <summary>For <see cref="Error"/> and <see cref="Retry"/>, the reason given to the sender; otherwise null.</summary>
    public string? Text { get; }

    /// <summary><c>:</c> (null transport and next hop): do not change the delivery, as if the table did not exist; e.g. to exempt internal domains from a <c>*</c> entry.</summary>
    public static TransportRoute Unchanged { get; } = new(string.Empty, null, null);

    /// <summary><c>transport:</c> or <c>transport:nexthop</c>: deliver with the master.cf service <paramref name="transport"/>.</summary>
    public static TransportRoute Via(string transport, Nexthop? nexthop = null) => new(transport, nexthop, null);

    /// <summary><c>smtp:</c> or <c>smtp:nexthop</c>: the SMTP client of outbound mail.</summary>
    public static TransportRoute Smtp(Nexthop? nexthop = null) => Via("smtp", nexthop);

    /// <summary><c>relay:</c> or <c>relay:nexthop</c>: the SMTP client Postfix uses for relay_domains (with its own relay_* limits).</summary>
    public static TransportRoute Relay(Nexthop? nexthop = null) => Via("relay", nexthop);

    /// <summary><c>:nexthop</c>: keep the transport Postfix would pick, send to <paramref name="nexthop"/>.</summary>
    public static TransportRoute To(Nexthop nexthop) => new(string.Empty, nexthop, null);

    /// <summary><c>error:text</c>: bounce the mail with this reason (the master.cf error service).</summary>
    public static TransportRoute Error(string text) => new("error", null, text);

    /// <summary><c>retry:text</c>: defer the mail with this reason and try again later (the master.cf retry service).</summary>
    public static TransportRoute Retry(string text) => new("retry", null, text);
}
