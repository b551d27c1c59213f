using Postfix.Dsl;
using static Postfix.Dsl.Restrictions;

namespace Imported;

/// <summary>neptune: main.cf and master.cf as typed Postfix.Dsl values.</summary>
public static class NeptuneHost
{
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
            HeaderChecks = ["regexp:/etc/postfix/regexp"],
            MailName = "Microsoft Exchange",
            Mydestination = ["$myhostname", "localhost.$mydomain", "localhost"],
            Mydomain = "galaxie.fr",
            Myhostname = "neptune.galaxie.fr",
            Mynetworks = ["192.168.0.0/24", "127.0.0.0/8"],
            Myorigin = "$mydomain",
            RelayDomains = ["domain.fr"],
            SmtpdBanner = "$myhostname ESMTP $mail_name",
            SmtpdClientRestrictions = [PermitMynetworks, RejectUnknownClientHostname, CheckClientAccess("hash:/etc/postfix/access"), RejectRblClient("zen.spamhaus.org")],
            SmtpdRelayRestrictions = [PermitMynetworks, RejectUnauthDestination],
            SmtpdSenderRestrictions = [RejectUnknownSenderDomain, CheckSenderAccess("hash:/etc/postfix/access"), RejectNonFqdnSender]
        },
        MasterCf = MasterCf.Stock.Change("qmgr", ServiceType.Unix, s => s with { Chroot = true })
    };
}
