using System;
using System.Net;

namespace Postfix.Dsl;

/// <summary>
/// The next-hop destination of a transport route, in the SMTP client's syntax (smtp(8)): a domain whose
/// MX hosts are looked up (<c>example.org</c>), one host with MX lookup off (<c>[mail.example.org]</c>),
/// or an address (<c>[192.0.2.1]</c>, <c>[ipv6:2001:db8::1]</c>), each optionally with a port.
/// For services whose command is smtp (smtp, relay, or one of your own); the LMTP forms
/// (<c>unix:/path</c>, <c>inet:host:port</c>) are not covered.
/// </summary>
public sealed record Nexthop
{
    private Nexthop(string? name, IPAddress? address, bool mxLookup, int? port)
    {
        if (port is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(port), port, "A TCP port is 1 to 65535.");
        }

        Name = name;
        IpAddress = address;
        MxLookup = mxLookup;
        Port = port;
    }

    /// <summary>The domain or host name; null for an address.</summary>
    public string? Name { get; }

    /// <summary>The IP address; null for a name.</summary>
    public IPAddress? IpAddress { get; }

    /// <summary>True when the client looks up the MX hosts of <see cref="Name"/> (written without brackets).</summary>
    public bool MxLookup { get; }

    /// <summary>The TCP port; null for the transport's default (25 for smtp).</summary>
    public int? Port { get; }

    /// <summary>
    /// <c>domain</c> or <c>domain:port</c>: deliver to the MX hosts of <paramref name="domain"/> (its
    /// address when it has no MX). Do not point a domain at itself: its MX is this host, a mail loop.
    /// </summary>
    public static Nexthop Mx(string domain, int? port = null) => new(domain, null, mxLookup: true, port);

    /// <summary><c>[host]</c> or <c>[host]:port</c>: deliver to this host, without looking up MX records.</summary>
    public static Nexthop Host(string name, int? port = null) => new(name, null, mxLookup: false, port);

    /// <summary><c>[192.0.2.1]</c>, <c>[ipv6:2001:db8::1]</c>, optionally with <c>:port</c>: deliver to this address.</summary>
    public static Nexthop Address(IPAddress address, int? port = null) => new(null, address, mxLookup: false, port);

    /// <summary>The next hop in the SMTP client's syntax, e.g. <c>[smtp.relay.example.net]:587</c>, for <c>Relayhost</c>.</summary>
    public override string ToString() => TransportText.Nexthop(this);
}
