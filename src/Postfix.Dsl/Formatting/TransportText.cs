using System.Globalization;
using System.Net.Sockets;

namespace Postfix.Dsl;

/// <summary>How a transport(5) route is written: <c>transport:nexthop</c>, the next hop in the SMTP client's syntax.</summary>
internal static class TransportText
{
    public static string Route(TransportRoute route) =>
        route.Transport + ":" + (route.Text ?? (route.Nexthop is { } nexthop ? Nexthop(nexthop) : string.Empty));

    /// <summary><c>domain</c>, <c>[host]</c>, <c>[192.0.2.1]</c> or <c>[ipv6:2001:db8::1]</c>, then <c>:port</c> if any.</summary>
    public static string Nexthop(Nexthop nexthop)
    {
        var destination = nexthop.IpAddress is { } address
            ? "[" + (address.AddressFamily == AddressFamily.InterNetworkV6 ? "ipv6:" : string.Empty) + address + "]"
            : nexthop.MxLookup ? nexthop.Name : "[" + nexthop.Name + "]";
        return nexthop.Port is { } port ? destination + ":" + port.ToString(CultureInfo.InvariantCulture) : destination!;
    }
}
