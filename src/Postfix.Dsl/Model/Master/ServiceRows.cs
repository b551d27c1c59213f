using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// Compact constructors for one master.cf row: the name, the command, and only the columns that
/// differ from <c>-</c>, as named arguments, so a service reads as its line in master.cf does:
/// <c>Service.Unix("tlsproxy", "tlsproxy", maxProcesses: 0)</c>.
/// </summary>
public sealed partial record Service
{
    /// <summary>An <c>inet</c> service (a TCP listener, <c>[host:]port</c>); private defaults to <c>n</c>, as an inet service must be.</summary>
    public static Service Inet(string name, string command, bool? unprivileged = null, bool? chroot = null, Wakeup? wakeup = null,
        int? maxProcesses = null, Parameters? overrides = null, IReadOnlyList<string>? arguments = null) =>
        Row(name, ServiceType.Inet, command, false, unprivileged, chroot, wakeup, maxProcesses, overrides, arguments);

    /// <summary>A <c>unix</c> service (a UNIX-domain socket).</summary>
    public static Service Unix(string name, string command, bool? @private = null, bool? unprivileged = null, bool? chroot = null, Wakeup? wakeup = null,
        int? maxProcesses = null, Parameters? overrides = null, IReadOnlyList<string>? arguments = null) =>
        Row(name, ServiceType.Unix, command, @private, unprivileged, chroot, wakeup, maxProcesses, overrides, arguments);

    /// <summary>A <c>pass</c> service: postscreen(8) hands it connections it has let through.</summary>
    public static Service Pass(string name, string command, bool? @private = null, bool? unprivileged = null, bool? chroot = null,
        int? maxProcesses = null, Parameters? overrides = null, IReadOnlyList<string>? arguments = null) =>
        Row(name, ServiceType.Pass, command, @private, unprivileged, chroot, null, maxProcesses, overrides, arguments);

    /// <summary>
    /// A pipe(8) delivery service: <c>name unix - n n - maxproc pipe flags=... user=... argv=...</c>.
    /// It runs unprivileged = n and chroot = n, as pipe(8) requires to switch to the command's user.
    /// </summary>
    public static Service Pipe(string name, PipeCommand command, int? maxProcesses = null) =>
        Row(name, ServiceType.Unix, "pipe", null, false, false, null, maxProcesses, null,
            (command ?? throw new System.ArgumentNullException(nameof(command))).Arguments);

    private static Service Row(string name, ServiceType type, string command, bool? @private, bool? unprivileged, bool? chroot, Wakeup? wakeup,
        int? maxProcesses, Parameters? overrides, IReadOnlyList<string>? arguments) => new()
    {
        Name = name,
        Type = type,
        Command = command,
        Private = @private,
        Unprivileged = unprivileged,
        Chroot = chroot,
        Wakeup = wakeup,
        MaxProcesses = maxProcesses,
        Overrides = overrides ?? Parameters.None,
        Arguments = arguments ?? [],
    };
}
