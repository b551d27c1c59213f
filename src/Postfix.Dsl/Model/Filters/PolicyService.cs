using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// An SMTP access policy server (<c>check_policy_service</c>), such as an SPF checker or greylisting.
/// <see cref="Spawn"/> makes one that Postfix runs itself: the same object gives the restriction
/// (<c>check_policy_service unix:private/policyd-spf</c>) and the master.cf row it needs
/// (<c>policyd-spf unix - n n - 0 spawn user=… argv=…</c>), so the two cannot disagree.
/// </summary>
/// <example><code>
/// static readonly PolicyService Spf = PolicyService.Spawn("policyd-spf", "policyd-spf", ["/usr/bin/policyd-spf"]);
/// SmtpdRecipientRestrictions = [PermitMynetworks, RejectUnauthDestination, Spf.Check],
/// MasterCf = MasterCf.Stock.Add(Spf.Service!),
/// </code></example>
public sealed record PolicyService
{
    private PolicyService(string endpoint, Service? service)
    {
        Endpoint = endpoint;
        Service = service;
    }

    /// <summary>The socket smtpd connects to: <c>unix:private/name</c>, <c>unix:/path</c> or <c>inet:host:port</c>.</summary>
    public string Endpoint { get; }

    /// <summary>The master.cf spawn service that runs the server; null for a server Postfix does not run.</summary>
    public Service? Service { get; }

    /// <summary>The restriction <c>check_policy_service endpoint</c>, for a restriction list.</summary>
    public Restriction Check => Restrictions.CheckPolicyService(this);

    /// <summary>
    /// A policy server that Postfix's spawn(8) runs for each connection, as <paramref name="user"/> (never
    /// root) with <paramref name="argv"/>, on the private socket <paramref name="name"/>. Its row is
    /// <c>name unix - n n - 0 spawn user=… argv=…</c>: spawn must run unprivileged = n and chroot = n to
    /// change to the user, and 0 processes means as many as smtpd asks for.
    /// </summary>
    /// <param name="name">The service (socket) name, e.g. <c>policyd-spf</c>.</param>
    /// <param name="user">Who the server runs as.</param>
    /// <param name="argv">The program and its arguments.</param>
    /// <param name="timeLimit">How long one server process may run (<c>name_time_limit</c> in main.cf); null keeps Postfix's default.</param>
    public static PolicyService Spawn(string name, string user, IReadOnlyList<string> argv, PostfixTime? timeLimit = null)
    {
        SocketEndpoint.Path(name, nameof(name));
        if (string.IsNullOrWhiteSpace(user) || user.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"'{user}' is not a user name.", nameof(user));
        }

        if (argv is null || argv.Count == 0)
        {
            throw new ArgumentException("A spawned policy server needs a program to run: argv is empty.", nameof(argv));
        }

        var service = Service.Unix(name, "spawn", unprivileged: false, chroot: false, maxProcesses: 0,
            arguments: ["user=" + user, "argv=" + argv[0], .. argv.Skip(1)]);
        if (timeLimit is { } limit)
        {
            service = service with { Transport = new() { TimeLimit = limit } };
        }

        return new("unix:private/" + name, service);
    }

    /// <summary>A policy server that runs on its own and listens on TCP: <c>inet:host:port</c>.</summary>
    public static PolicyService Inet(string host, int port) => new(SocketEndpoint.Inet(host, port, nameof(port)), null);

    /// <summary>A policy server that runs on its own and listens on a UNIX-domain socket (absolute, or relative to the queue directory).</summary>
    public static PolicyService Unix(string path) => new("unix:" + SocketEndpoint.Path(path, nameof(path)), null);

    /// <inheritdoc/>
    public override string ToString() => Endpoint;
}
