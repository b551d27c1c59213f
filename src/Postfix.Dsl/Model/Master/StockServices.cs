using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// The services of the master.cf that Postfix 3.7 installs (Debian 12: /usr/share/postfix/master.cf.dist),
/// transcribed column by column, and its optional pipe transports, which are not part of the default set.
/// </summary>
public static class StockServices
{
    /// <summary>The default services, in the order of master.cf.dist.</summary>
    public static IReadOnlyList<Service> Default { get; } =
    [
        new() { Name = "smtp", Type = ServiceType.Inet, Private = false, Chroot = true, Command = "smtpd" },
        new() { Name = "pickup", Type = ServiceType.Unix, Private = false, Chroot = true, Wakeup = Wakeup.Every(60), MaxProcesses = 1, Command = "pickup" },
        new() { Name = "cleanup", Type = ServiceType.Unix, Private = false, Chroot = true, MaxProcesses = 0, Command = "cleanup" },
        new() { Name = "qmgr", Type = ServiceType.Unix, Private = false, Chroot = false, Wakeup = Wakeup.Every(300), MaxProcesses = 1, Command = "qmgr" },
        new() { Name = "tlsmgr", Type = ServiceType.Unix, Chroot = true, Wakeup = Wakeup.EveryOnceUsed(1000), MaxProcesses = 1, Command = "tlsmgr" },
        new() { Name = "rewrite", Type = ServiceType.Unix, Chroot = true, Command = "trivial-rewrite" },
        new() { Name = "bounce", Type = ServiceType.Unix, Chroot = true, MaxProcesses = 0, Command = "bounce" },
        new() { Name = "defer", Type = ServiceType.Unix, Chroot = true, MaxProcesses = 0, Command = "bounce" },
        new() { Name = "trace", Type = ServiceType.Unix, Chroot = true, MaxProcesses = 0, Command = "bounce" },
        new() { Name = "verify", Type = ServiceType.Unix, Chroot = true, MaxProcesses = 1, Command = "verify" },
        new() { Name = "flush", Type = ServiceType.Unix, Private = false, Chroot = true, Wakeup = Wakeup.EveryOnceUsed(1000), MaxProcesses = 0, Command = "flush" },
        new() { Name = "proxymap", Type = ServiceType.Unix, Chroot = false, Command = "proxymap" },
        new() { Name = "proxywrite", Type = ServiceType.Unix, Chroot = false, MaxProcesses = 1, Command = "proxymap" },
        new() { Name = "smtp", Type = ServiceType.Unix, Chroot = true, Command = "smtp" },
        new() { Name = "relay", Type = ServiceType.Unix, Chroot = true, Command = "smtp", Overrides = new() { SyslogName = "postfix/$service_name" } },
        new() { Name = "showq", Type = ServiceType.Unix, Private = false, Chroot = true, Command = "showq" },
        new() { Name = "error", Type = ServiceType.Unix, Chroot = true, Command = "error" },
        new() { Name = "retry", Type = ServiceType.Unix, Chroot = true, Command = "error" },
        new() { Name = "discard", Type = ServiceType.Unix, Chroot = true, Command = "discard" },
        new() { Name = "local", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "local" },
        new() { Name = "virtual", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "virtual" },
        new() { Name = "lmtp", Type = ServiceType.Unix, Chroot = true, Command = "lmtp" },
        new() { Name = "anvil", Type = ServiceType.Unix, Chroot = true, MaxProcesses = 1, Command = "anvil" },
        new() { Name = "scache", Type = ServiceType.Unix, Chroot = true, MaxProcesses = 1, Command = "scache" },
        new() { Name = "postlog", Type = ServiceType.UnixDgram, Private = false, Chroot = false, MaxProcesses = 1, Command = "postlogd" },
    ];

    /// <summary>Optional pipe transport <c>maildrop</c> from master.cf.dist (not in <see cref="Default"/>).</summary>
    public static Service Maildrop { get; } =
        new() { Name = "maildrop", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "pipe", Arguments = ["flags=DRXhu", "user=vmail", "argv=/usr/bin/maildrop", "-d", "${recipient}"] };

    /// <summary>Optional pipe transport <c>uucp</c> from master.cf.dist (not in <see cref="Default"/>).</summary>
    public static Service Uucp { get; } =
        new() { Name = "uucp", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "pipe", Arguments = ["flags=Fqhu", "user=uucp", "argv=uux", "-r", "-n", "-z", "-a$sender", "-", "$nexthop!rmail", "($recipient)"] };

    /// <summary>Optional pipe transport <c>ifmail</c> from master.cf.dist (not in <see cref="Default"/>).</summary>
    public static Service Ifmail { get; } =
        new() { Name = "ifmail", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "pipe", Arguments = ["flags=F", "user=ftn", "argv=/usr/lib/ifmail/ifmail", "-r", "$nexthop", "($recipient)"] };

    /// <summary>Optional pipe transport <c>bsmtp</c> from master.cf.dist (not in <see cref="Default"/>).</summary>
    public static Service Bsmtp { get; } =
        new() { Name = "bsmtp", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "pipe", Arguments = ["flags=Fq.", "user=bsmtp", "argv=/usr/lib/bsmtp/bsmtp", "-t$nexthop", "-f$sender", "$recipient"] };

    /// <summary>Optional pipe transport <c>scalemail-backend</c> from master.cf.dist (not in <see cref="Default"/>).</summary>
    public static Service ScalemailBackend { get; } =
        new() { Name = "scalemail-backend", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, MaxProcesses = 2, Command = "pipe", Arguments = ["flags=R", "user=scalemail", "argv=/usr/lib/scalemail/bin/scalemail-store", "${nexthop}", "${user}", "${extension}"] };

    /// <summary>Optional pipe transport <c>mailman</c> from master.cf.dist (not in <see cref="Default"/>).</summary>
    public static Service Mailman { get; } =
        new() { Name = "mailman", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "pipe", Arguments = ["flags=FRX", "user=list", "argv=/usr/lib/mailman/bin/postfix-to-mailman.py", "${nexthop}", "${user}"] };
}
