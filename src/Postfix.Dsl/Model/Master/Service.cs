using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// One master.cf service: the eight columns, the command's arguments, and typed <c>-o</c>
/// overrides. A null column is written <c>-</c> (Postfix's default for that column).
/// </summary>
public sealed partial record Service
{
    /// <summary>Service name: <c>[host:]port</c> or a name from /etc/services for inet, a socket name otherwise.</summary>
    public required string Name { get; init; }

    /// <summary>Transport type.</summary>
    public required ServiceType Type { get; init; }

    /// <summary>Private (access restricted to the mail system); null = <c>-</c> (yes). An inet service cannot be private.</summary>
    public bool? Private { get; init; }

    /// <summary>Runs with the privileges of mail_owner; null = <c>-</c> (yes). local, pipe, spawn and virtual need false.</summary>
    public bool? Unprivileged { get; init; }

    /// <summary>Runs chrooted to the queue directory; null = <c>-</c> (no, since Postfix 3.0).</summary>
    public bool? Chroot { get; init; }

    /// <summary>Wakeup interval; null = <c>-</c> (never). pickup, qmgr and flush need one.</summary>
    public Wakeup? Wakeup { get; init; }

    /// <summary>Maximal number of processes; null = <c>-</c> (default_process_limit); 0 = no limit.</summary>
    public int? MaxProcesses { get; init; }

    /// <summary>The daemon program, e.g. <c>smtpd</c>.</summary>
    public required string Command { get; init; }

    /// <summary>Command arguments after the <c>-o</c> overrides; an argument with whitespace is written in <c>{ }</c>.</summary>
    public IReadOnlyList<string> Arguments { get => _arguments; init => _arguments = ValueList.Of(value); }

    private readonly IReadOnlyList<string> _arguments = ValueList.Of<string>([]);

    /// <summary>main.cf parameters overridden for this service only (<c>-o name=value</c>).</summary>
    public Parameters Overrides { get; init; } = Parameters.None;

    /// <summary>
    /// Per-service parameters of a delivery service, written to main.cf under names Postfix derives
    /// from <see cref="Name"/>: <c>DestinationConcurrencyLimit</c> on <c>relay</c> becomes
    /// <c>relay_destination_concurrency_limit</c>. Only services whose command has them may set them (PFX0202).
    /// </summary>
    public TransportParameters Transport { get; init; } = TransportParameters.None;
}
