using Postfix.Dsl;
using static Postfix.Dsl.Restrictions;

namespace Fleet;

/// <summary>
/// What every host of example.org agrees on, written once. A change here (say, a new blocked
/// sender) shows up in the pull request as the same one-line diff in every host's files.
/// </summary>
public static class Policy
{
    /// <summary>Senders and domains nobody at example.org wants mail from; every host checks it.</summary>
    public static AccessTable BlockedSenders { get; } = new()
    {
        FileName = "blocked_senders",
        Entries =
        [
            new(AccessKey.Domain("spam.example"), AccessAction.Reject("Mail from this domain is refused")),
            new(AccessKey.Address("bulk@offers.example"), AccessAction.Reject()),
        ],
    };

    /// <summary>Networks that only ever sent spam to example.org: the MXs turn them away before anything else (first match wins in a cidr table).</summary>
    public static AccessTable BlockedNetworks { get; } = new()
    {
        FileName = "blocked_networks.cidr",
        Type = TableType.Cidr,
        Entries =
        [
            new(AccessKey.Cidr("203.0.113.0/24"), AccessAction.Reject("Your network is blocked here")),
            new(AccessKey.Cidr("2001:db8:bad::/48"), AccessAction.Reject("Your network is blocked here")),
        ],
    };

    /// <summary>The office networks the relay trusts (mynetworks), kept in one cidr table so that a new office is one line.</summary>
    public static NetworkTable OfficeNetworks { get; } = new()
    {
        FileName = "office_networks.cidr",
        Networks = ["10.20.0.0/16", "10.30.0.0/16", "2001:db8:20::/48"],
    };

    /// <summary>The role addresses of example.org, rewritten on the MXs to the people who read them.</summary>
    public static VirtualAliasTable RoleAddresses { get; } = new()
    {
        FileName = "virtual",
        Entries =
        [
            new("postmaster@example.org", ["admin@example.org"]),
            new("abuse@example.org", ["admin@example.org", "security@example.org"]),
        ],
    };

    /// <summary>Headers that give away a spam run or leak internal names.</summary>
    public static RegexpTable HeaderChecks { get; } = new()
    {
        FileName = "header_checks",
        Rules =
        [
            new RegexpMatch("^Subject: .*viagra", HeaderAction.Reject("Spam subject")),
            new RegexpMatch("^X-Mailer: MassMailer", HeaderAction.Discard()),
        ],
    };

    /// <summary>
    /// Where an inbound MX hands example.org's mail on: the internal mailstore, by name and without MX
    /// lookup (the MX of example.org is the MX itself, a loop). Subdomains need their own key in transport(5).
    /// </summary>
    public static TransportTable Transport { get; } = new()
    {
        FileName = "transport",
        Entries =
        [
            new(TransportKey.Domain("example.org"), TransportRoute.Relay(Nexthop.Host("mailstore.example.org", 25))),
            new(TransportKey.Subdomains("example.org"), TransportRoute.Relay(Nexthop.Host("mailstore.example.org", 25))),
        ],
    };

    /// <summary>main.cf settings shared by every host: identity of the domain, hygiene, TLS, the checks.</summary>
    public static Parameters Baseline { get; } = new()
    {
        CompatibilityLevel = CompatibilityLevel.Level3_6,
        Mydomain = "example.org",
        Myorigin = "$mydomain",
        SmtpdBanner = "$myhostname ESMTP",
        DisableVrfyCommand = true,
        SmtpdHeloRequired = true,
        MessageSizeLimit = 52_428_800,
        SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.May,
        SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May,
        // Same path on every host; each host's own certificate is deployed there.
        SmtpdTlsChainFiles = ["/etc/postfix/tls/chain.pem"],
        HeaderChecks = [HeaderChecks],
        SmtpdSenderRestrictions = [RejectNonFqdnSender, RejectUnknownSenderDomain, CheckSenderAccess(BlockedSenders)],
    };

    /// <summary>An inbound MX: accepts mail for example.org from anyone, relays for nobody.</summary>
    public static MailHost Inbound { get; } = new()
    {
        Name = "inbound",
        MainCf = Baseline with
        {
            Mydestination = [],
            RelayDomains = ["$mydomain"],
            TransportMaps = [Transport],
            VirtualAliasMaps = [RoleAddresses],
            Mynetworks = ["127.0.0.0/8"],
            SmtpdRelayRestrictions = [PermitMynetworks, RejectUnauthDestination],
            SmtpdClientRestrictions = [PermitMynetworks, CheckClientAccess(BlockedNetworks), RejectUnknownReverseClientHostname, RejectRblClient("zen.spamhaus.org")],
            SmtpdRecipientRestrictions = [RejectNonFqdnRecipient, RejectUnknownRecipientDomain],
        },
    };
}
