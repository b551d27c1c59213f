#pragma warning disable PFX0300, PFX0301, PFX0302 // the seed's obsolete forms, on purpose (the seed test removes this line to see the warnings)
using Postfix.Dsl;
using static Postfix.Dsl.Restrictions;

namespace Seed;

/// <summary>
/// The seed article's whole configuration ("Sécuriser Postfix", 2001), typed as literally as the DSL
/// allows: its main.cf lines, its master.cf, its access table and its header checks. Where the DSL
/// cannot say what the article wrote, a comment says what and why. Do not modernise: the point is
/// to show what the editor tells a user who types the article in.
/// </summary>
public static class SeedAsWritten
{
    /// <summary>/etc/postfix/access as the article lists it.</summary>
    public static AccessTable Access { get; } = new()
    {
        FileName = "access",
        Entries =
        [
            new(AccessKey.Address("valide@domain.com"), AccessAction.Ok),
            new(AccessKey.Address("non-valide@domain.com"), AccessAction.Reject()),
            new(AccessKey.Domain("spam.com"), AccessAction.Reject()),
        ],
    };

    /// <summary>/etc/postfix/regexp as the article lists it.</summary>
    public static RegexpTable Regexp { get; } = new()
    {
        FileName = "regexp",
        Rules =
        [
            new RegexpMatch("^postmaster@.*$", HeaderAction.Ok),
            new RegexpMatch("^To: foobar", HeaderAction.Reject()),
        ],
    };

    /// <summary>The host.</summary>
    public static MailHost Host { get; } = new()
    {
        Name = "neptune",
        MainCf = new()
        {
            SmtpdRecipientRestrictions = [PermitMynetworks, CheckRelayDomains],
            Mynetworks = ["192.168.0.0/24", "127.0.0.0/8"],
            // "relay_domain = domain.fr": no such parameter (Postfix ignores it); the DSL only has relay_domains.
            RelayDomains = ["domain.fr"],
            SmtpdClientRestrictions = [RejectUnknownClient, PermitMynetworks, CheckClientAccess(Access), RejectMapsRbl],
            SmtpdSenderRestrictions = [RejectUnknownSenderDomain, CheckSenderAccess(Access), RejectNonFqdnSender, RejectMapsRbl],
            HeaderChecks = [Regexp],
            MailName = "Microsoft Exchange",
            // "mail_version = 5.5": mail_version is compiled into Postfix; the catalog has no property for it.
            SmtpdBanner = "ESMTP $mail_name ($mail_version)",
            DisableVrfyCommand = true,
        },
        MasterCf = new()
        {
            Services =
            [
                new() { Name = "smtp", Type = ServiceType.Inet, Private = false, Chroot = true, Command = "smtpd" },
                new() { Name = "pickup", Type = ServiceType.Fifo, Private = false, Unprivileged = false, Chroot = true, Wakeup = Wakeup.Every(60), MaxProcesses = 1, Command = "pickup" },
                new() { Name = "cleanup", Type = ServiceType.Unix, Chroot = true, MaxProcesses = 0, Command = "cleanup" },
                new() { Name = "qmgr", Type = ServiceType.Fifo, Private = false, Chroot = true, Wakeup = Wakeup.Every(300), MaxProcesses = 1, Command = "qmgr" },
                // "#qmgr fifo n - y 300 1 nqmgr" is commented out in the article.
                new() { Name = "rewrite", Type = ServiceType.Unix, Chroot = false, Command = "trivial-rewrite" },
                new() { Name = "bounce", Type = ServiceType.Unix, Chroot = true, MaxProcesses = 0, Command = "bounce" },
                new() { Name = "defer", Type = ServiceType.Unix, Chroot = false, MaxProcesses = 0, Command = "bounce" },
                new() { Name = "flush", Type = ServiceType.Unix, Chroot = true, Wakeup = Wakeup.EveryOnceUsed(1000), MaxProcesses = 0, Command = "flush" },
                new() { Name = "smtp", Type = ServiceType.Unix, Chroot = true, Command = "smtp" },
                new() { Name = "showq", Type = ServiceType.Unix, Private = false, Chroot = true, Command = "showq" },
                new() { Name = "error", Type = ServiceType.Unix, Chroot = false, Command = "error" },
                new() { Name = "local", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "local" },
                new() { Name = "virtual", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "virtual" },
                new() { Name = "lmtp", Type = ServiceType.Unix, Chroot = false, Command = "lmtp" },
                new() { Name = "cyrus", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "pipe", Arguments = ["flags=R", "user=cyrus", "argv=/cyrus/bin/deliver", "-e", "-m", "${extension}", "${user}"] },
                new() { Name = "uucp", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "pipe", Arguments = ["flags=F", "user=uucp", "argv=uux", "-r", "-n", "-z", "-a$sender", "-", "$nexthop!rmail", "($recipient)"] },
                new() { Name = "ifmail", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "pipe", Arguments = ["flags=F", "user=ftn", "argv=/usr/lib/ifmail/ifmail", "-r", "$nexthop", "($recipient)"] },
                new() { Name = "bsmtp", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "pipe", Arguments = ["flags=F.", "user=foo", "argv=/usr/local/sbin/bsmtp", "-f", "$sender", "$nexthop", "$recipient"] },
            ],
        },
        // The article's four syslog.conf lines are the default for syslog_facility = mail.
    };
}
