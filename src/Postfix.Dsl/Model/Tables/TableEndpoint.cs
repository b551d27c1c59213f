using System;
using System.Globalization;

namespace Postfix.Dsl;

/// <summary>
/// Lookup tables that are servers, not files: a socketmap(5) server and a tcp_table(5) server,
/// written as references (<c>socketmap:inet:127.0.0.1:8461:postfix</c>, <c>tcp:127.0.0.1:2527</c>)
/// from typed parts, so a host name, port or map name that Postfix would misread is refused here.
/// </summary>
public static class TableEndpoint
{
    /// <summary><c>socketmap:inet:host:port:name</c>: the map <paramref name="name"/> of a socketmap server on TCP.</summary>
    public static TableReference Socketmap(string host, int port, string name) =>
        new ExternalTable("socketmap:" + SocketEndpoint.Inet(host, port, nameof(port)) + ":" + MapName(name));

    /// <summary><c>socketmap:unix:/path:name</c>: the map <paramref name="name"/> of a socketmap server on a UNIX-domain socket.</summary>
    public static TableReference SocketmapUnix(string path, string name)
    {
        var socket = SocketEndpoint.Path(path, nameof(path));
        if (socket.Contains(':'))
        {
            throw new ArgumentException($"'{path}' holds ':', which ends the socket path in a socketmap reference.", nameof(path));
        }

        return new ExternalTable("socketmap:unix:" + socket + ":" + MapName(name));
    }

    /// <summary><c>tcp:host:port</c>: a tcp_table(5) server (a simple request/reply protocol; Postfix's own warning: not for untrusted networks).</summary>
    public static TableReference Tcp(string host, int port) =>
        new ExternalTable("tcp:" + SocketEndpoint.Inet(host, port, nameof(port)).Substring("inet:".Length));

    private static string MapName(string name) =>
        string.IsNullOrWhiteSpace(name) || name.IndexOfAny([' ', '\t', ':', ',', '{', '}']) >= 0
            ? throw new ArgumentException($"'{name}' is not a socketmap name: expected a word such as postfix.", nameof(name))
            : name.ToString(CultureInfo.InvariantCulture);
}
