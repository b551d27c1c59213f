using Postfix.Dsl;
using static Postfix.Dsl.Restrictions;

namespace Imported;

/// <summary>neptune: main.cf and master.cf as typed Postfix.Dsl values.</summary>
public static class NeptuneHost
{
    // regexp, generated again by the build (regexp:/etc/postfix/regexp).
    private static readonly RegexpTable Regexp = new()
    {
        FileName = "regexp",
        Rules = new RegexpRule[]
        {
            new RegexpMatch("^To: foobar", HeaderAction.Reject())
        }
    };

    // access, generated again by the build (hash:/etc/postfix/access).
    private static readonly AccessTable Access = new()
    {
        FileName = "access",
        Entries = new AccessEntry[]
        {
            new(AccessKey.Address("valide@domain.com"), AccessAction.Ok),
            new(AccessKey.Address("non-valide@domain.com"), AccessAction.Reject()),
            new(AccessKey.Domain("spam.com"), AccessAction.Reject())
        }
    };

    /// <summary>The host neptune, imported from its Postfix configuration by postfix-dsl import.</summary>
    [PostfixHost]
    public static MailHost Definition { get; } = new()
    {
        Name = "neptune",
        MainCf = new()
        {
            AliasDatabase = ["hash:/etc/aliases"],
            AliasMaps = ["hash:/etc/aliases"],
            CompatibilityLevel = CompatibilityLevel.Level3_6,
            DisableVrfyCommand = true,
            HeaderChecks = [Regexp],
            MailName = "Microsoft Exchange",
            Mydestination = ["$myhostname", "localhost.$mydomain", "localhost"],
            Mydomain = "galaxie.fr",
            Myhostname = "neptune.galaxie.fr",
            Mynetworks = ["192.168.0.0/24", "127.0.0.0/8"],
            Myorigin = "$mydomain",
            RelayDomains = ["domain.fr"],
            SmtpdBanner = "$myhostname ESMTP $mail_name",
            SmtpdClientRestrictions = [PermitMynetworks, RejectUnknownClientHostname, CheckClientAccess(Access), RejectRblClient("zen.spamhaus.org")],
            SmtpdRelayRestrictions = [PermitMynetworks, RejectUnauthDestination],
            SmtpdSenderRestrictions = [RejectUnknownSenderDomain, CheckSenderAccess(Access), RejectNonFqdnSender]
        },
        MasterCf = MasterCf.Stock
            .Change("qmgr", ServiceType.Unix, s => s with { Chroot = true })
    };
}
