using System;
using System.Globalization;

namespace Postfix.Dsl;

/// <summary>
/// The socket forms Postfix's clients of other servers share (milters, policy services, socketmap
/// and tcp tables): <c>inet:host:port</c> and a UNIX-domain socket path, refused here when Postfix
/// would misread them.
/// </summary>
internal static class SocketEndpoint
{
    public static string Inet(string host, int port, string parameter)
    {
        Host(host);
        if (port is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(parameter, port, "A TCP port is 1 to 65535.");
        }

        return "inet:" + host + ":" + port.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The host name or address, refused when it holds a blank or a character that ends it in a list.</summary>
    public static string Host(string host) =>
        string.IsNullOrWhiteSpace(host) || host.IndexOfAny([' ', '\t', ',', '{', '}', '=']) >= 0
            ? throw new ArgumentException($"'{host}' is not a host: expected an IP address or host name such as 127.0.0.1.", nameof(host))
            : host;

    public static string Path(string path, string parameter)
    {
        if (string.IsNullOrWhiteSpace(path) || path.IndexOfAny([' ', '\t', ',', '{', '}', '=']) >= 0)
        {
            throw new ArgumentException($"'{path}' is not a socket path: expected a path without blanks, commas or braces, such as /run/opendkim/opendkim.sock.", parameter);
        }

        return path;
    }
}
