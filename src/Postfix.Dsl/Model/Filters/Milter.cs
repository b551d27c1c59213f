using System;
using System.Collections.Generic;
using System.Globalization;

namespace Postfix.Dsl;

/// <summary>
/// A mail filter (milter) endpoint for <c>smtpd_milters</c> and <c>non_smtpd_milters</c>, with the
/// settings Postfix 3.0+ takes per milter. <c>Milter.Inet("127.0.0.1", 8891)</c> is written
/// <c>inet:127.0.0.1:8891</c>; with a setting, <c>{ inet:127.0.0.1:8891, default_action=accept }</c>.
/// It converts to the list item, so <c>SmtpdMilters = [OpenDkim]</c> reads as main.cf does.
/// The macros sent to milters are host-wide: <c>milter_connect_macros</c> and the other <c>Milter*Macros</c> parameters.
/// </summary>
public sealed record Milter
{
    private Milter(string endpoint) => Endpoint = endpoint;

    /// <summary>The socket, <c>inet:host:port</c> or <c>unix:/path</c>.</summary>
    public string Endpoint { get; }

    /// <summary><c>connect_timeout</c>: how long to wait to connect to this milter (milter_connect_timeout when null).</summary>
    public PostfixTime? ConnectTimeout { get; init; }

    /// <summary><c>command_timeout</c>: how long to wait for this milter to answer one command (milter_command_timeout when null).</summary>
    public PostfixTime? CommandTimeout { get; init; }

    /// <summary><c>content_timeout</c>: how long to wait for this milter to take the message content (milter_content_timeout when null).</summary>
    public PostfixTime? ContentTimeout { get; init; }

    /// <summary><c>default_action</c>: what to do when this milter is unavailable (milter_default_action when null).</summary>
    public MilterDefaultAction? DefaultAction { get; init; }

    /// <summary><c>protocol</c>: the milter protocol version, 2 to 6 (milter_protocol when null).</summary>
    public int? Protocol { get; init; }

    /// <summary>A milter listening on TCP: <c>inet:host:port</c>.</summary>
    /// <param name="host">An IP address or host name (IPv6 in brackets is not needed: written as given).</param>
    /// <param name="port">The TCP port, 1 to 65535.</param>
    public static Milter Inet(string host, int port) => new(SocketEndpoint.Inet(host, port, nameof(port)));

    /// <summary>
    /// A milter listening on a UNIX-domain socket: <c>unix:/run/opendkim/opendkim.sock</c>. A relative
    /// path is relative to the queue directory (where a chrooted smtpd sees it).
    /// </summary>
    public static Milter Unix(string path) => new("unix:" + SocketEndpoint.Path(path, nameof(path)));

    /// <summary>The list item: the endpoint alone, or the endpoint and its settings (grouped in <c>{ }</c> when written).</summary>
    public string Text
    {
        get
        {
            var settings = new List<string> { Endpoint };
            Add(settings, "connect_timeout", ConnectTimeout?.ToString());
            Add(settings, "command_timeout", CommandTimeout?.ToString());
            Add(settings, "content_timeout", ContentTimeout?.ToString());
            Add(settings, "default_action", DefaultAction is { } action ? EnumText.Of(action) : null);
            Add(settings, "protocol", Protocol is { } protocol ? ProtocolText(protocol) : null);
            return string.Join(", ", settings);
        }
    }

    /// <summary>The list item (<see cref="Text"/>).</summary>
    public static implicit operator string(Milter milter) => (milter ?? throw new ArgumentNullException(nameof(milter))).Text;

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static string ProtocolText(int protocol) => protocol is >= 2 and <= 6
        ? protocol.ToString(CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(Protocol), protocol, "Postfix speaks milter protocol versions 2 to 6.");

    private static void Add(List<string> settings, string name, string? value)
    {
        if (value is not null)
        {
            settings.Add(name + "=" + value);
        }
    }
}
