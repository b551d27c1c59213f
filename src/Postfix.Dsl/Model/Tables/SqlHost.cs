using System;
using System.Globalization;

namespace Postfix.Dsl;

/// <summary>
/// One database server of a <see cref="SqlServerTable"/>, as written in <c>hosts</c>:
/// <c>inet:host</c>, <c>inet:host:port</c> or <c>unix:/path</c>.
/// </summary>
public sealed record SqlHost
{
    private SqlHost(string text) => Text = text;

    /// <summary>The server as written in <c>hosts</c>.</summary>
    public string Text { get; }

    /// <summary>
    /// A server on TCP, on the driver's default port unless <paramref name="port"/> is given. For
    /// MySQL, <c>localhost</c> means the default UNIX socket; write <c>127.0.0.1</c> for TCP.
    /// </summary>
    public static SqlHost Inet(string host, int? port = null) =>
        new(port is { } p ? SocketEndpoint.Inet(host, p, nameof(port)) : "inet:" + SocketEndpoint.Host(host));

    /// <summary>
    /// A server on a UNIX-domain socket: for MySQL the socket itself (<c>/run/mysqld/mysqld.sock</c>), for
    /// PostgreSQL the directory that holds it (<c>/run/postgresql</c>; libpq adds <c>.s.PGSQL.port</c>).
    /// </summary>
    public static SqlHost Unix(string path)
    {
        var socket = SocketEndpoint.Path(path, nameof(path));
        return socket[0] == '/'
            ? new("unix:" + socket)
            : throw new ArgumentException($"'{path}' is not an absolute socket path: expected one such as /run/mysqld/mysqld.sock.", nameof(path));
    }

    /// <summary>A server on TCP, by host name or address.</summary>
    public static implicit operator SqlHost(string host) => Inet(host);

    /// <inheritdoc/>
    public override string ToString() => Text.ToString(CultureInfo.InvariantCulture);
}
