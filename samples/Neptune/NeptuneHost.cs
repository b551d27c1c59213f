using System.Diagnostics.CodeAnalysis;
using Postfix.Dsl;
using static Postfix.Dsl.Restrictions;

namespace Neptune;

/// <summary>
/// The host of the article "Sécuriser Postfix": neptune.galaxie.fr, written as typed C#.
/// Where Postfix 3.7 needs something else than the 2001 article wrote, a comment says why.
/// </summary>
public static class NeptuneHost
{
    /// <summary>The seed's access table, consulted for both clients and senders.</summary>
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

    /// <summary>The seed's header checks, in a file named "regexp" as in the article.</summary>
    public static RegexpTable HeaderChecks { get; } = new()
    {
        FileName = "regexp",
        Rules =
        [
            // The article's first line, "/^postmaster@.*$/ OK", is left out: no header line starts with
            // an address (it starts with its name, From: or To:), and OK in header checks means DUNNO,
            // so it never did anything (PFX0317, PFX0319).
            new RegexpMatch("^To: foobar", HeaderAction.Reject()),
        ],
    };

    /// <summary>The whole host; [PostfixHost] makes dotnet build write it into postfix/neptune/.</summary>
    [PostfixHost]
    [SuppressMessage("Postfix.Dsl", "PFX0320:Client lookup in a table keyed by e-mail addresses",
        Justification = "The article's one access table serves the client and the sender checks: its address keys are for the sender check, spam.com for both.")]
    public static MailHost Definition { get; } = new()
    {
        Name = "neptune",
        MainCf = new()
        {
            // Modern defaults (safe relay defaults, no compatibility warnings); the article predates them.
            CompatibilityLevel = CompatibilityLevel.Level3_6,
            Myhostname = "neptune.galaxie.fr",
            Mydomain = "galaxie.fr",
            Myorigin = "$mydomain",
            Mydestination = ["$myhostname", "localhost.$mydomain", "localhost"],
            Mynetworks = ["192.168.0.0/24", "127.0.0.0/8"],
            // The article wrote "relay_domain", a name Postfix silently ignores.
            RelayDomains = ["domain.fr"],
            // Relay protection lives in smtpd_relay_restrictions since Postfix 2.10; the article put
            // check_relay_domains (removed in 3.9) under a misspelled smtp_recipient_restrictions.
            SmtpdRelayRestrictions = [PermitMynetworks, RejectUnauthDestination],
            SmtpdClientRestrictions =
            [
                // permit_mynetworks first: a DNS check before it would reject the host's own clients.
                PermitMynetworks,
                // reject_unknown_client was renamed in Postfix 2.3.
                RejectUnknownClientHostname,
                CheckClientAccess(Access),
                // reject_maps_rbl + maps_rbl_domains were removed in 3.9: one reject_rbl_client per list.
                RejectRblClient("zen.spamhaus.org"),
            ],
            SmtpdSenderRestrictions =
            [
                RejectUnknownSenderDomain,
                CheckSenderAccess(Access),
                RejectNonFqdnSender,
                // The article's second reject_maps_rbl re-checked the same client address: dropped.
            ],
            HeaderChecks = [HeaderChecks],
            // Explicit alias tables, so Postfix never falls back to its NIS default.
            AliasMaps = ["hash:/etc/aliases"],
            AliasDatabase = ["hash:/etc/aliases"],
            MailName = "Microsoft Exchange",
            // The banner must start with $myhostname; setting mail_version (as the article did) is
            // pointless, so the banner simply leaves the version out.
            SmtpdBanner = "$myhostname ESMTP $mail_name",
            DisableVrfyCommand = true,
        },
        // Debian's stock master.cf already chroots every service the article chroots except qmgr;
        // the article's "fifo" pickup and qmgr are "unix" since Postfix 2.10, as in the stock set.
        MasterCf = MasterCf.Stock.Change("qmgr", ServiceType.Unix, qmgr => qmgr with { Chroot = true }),
        // The article's four mail.* lines, for syslog_facility = mail (only a host that sets SyslogConf gets a syslog.conf).
        SyslogConf = SyslogConf.ForFacility(SyslogFacility.Mail),
    };
}
