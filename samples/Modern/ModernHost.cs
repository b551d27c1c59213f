using Postfix.Dsl;
using static Postfix.Dsl.Restrictions;

namespace Modern;

/// <summary>
/// A modern internet-facing host, mx.example.org: what the seed article left out. postscreen with
/// weighted DNS lists in front of smtpd, STARTTLS with RSA and ECDSA chains, outbound DANE,
/// submission (587) and submissions (465) with Dovecot SASL, OpenDKIM as a milter, an SPF policy
/// service, and an authenticated relay host for outbound mail.
/// </summary>
public static class ModernHost
{
    /// <summary>OpenDKIM signs what users submit and checks what arrives (its socket, as Debian's opendkim package sets it up with inet).</summary>
    public static Milter OpenDkim { get; } = Milter.Inet("127.0.0.1", 8891) with { DefaultAction = MilterDefaultAction.Accept };

    /// <summary>SPF checks of incoming mail by policyd-spf, which Postfix runs itself.</summary>
    public static PolicyService Spf { get; } = PolicyService.Spawn("policyd-spf", "policyd-spf", ["/usr/bin/policyd-spf"], timeLimit: PostfixTime.Seconds(3600));

    /// <summary>The provider's relay that outbound mail leaves through.</summary>
    public static Nexthop Relay { get; } = Nexthop.Host("smtp.relay.example.net", 587);

    /// <summary>The relay account; its password is a secret, supplied where the files are deployed.</summary>
    public static SaslPasswordTable RelayCredentials { get; } = new()
    {
        FileName = "sasl_passwd",
        Entries = [new(Relay, "mx@example.org", new Secret("relay-password"))],
    };

    /// <summary>Networks postscreen turns away before any test (postscreen_access_list), as a cidr table.</summary>
    public static AccessTable PostscreenAccess { get; } = new()
    {
        FileName = "postscreen_access.cidr",
        Type = TableType.Cidr,
        Entries =
        [
            // A network that only ever sent spam here (a documentation range in this sample).
            new(AccessKey.Cidr("198.51.100.0/24"), AccessAction.Reject()),
        ],
    };

    /// <summary>Who may send as which address on submission (reject_sender_login_mismatch): each user as their own addresses.</summary>
    public static SenderLoginTable SenderLogins { get; } = new()
    {
        FileName = "sender_logins",
        Entries =
        [
            new(AddressKey.Address("alice@example.org"), ["alice@example.org"]),
            new(AddressKey.Address("postmaster@example.org"), ["alice@example.org", "bob@example.org"]),
            new(AddressKey.Address("bob@example.org"), ["bob@example.org"]),
        ],
    };

    /// <summary>Header checks for mail from the internet.</summary>
    public static RegexpTable HeaderChecks { get; } = new()
    {
        FileName = "header_checks.pcre",
        Type = TableType.Pcre,
        Rules =
        [
            new RegexpMatch("^Subject:.*\\b(viagra|cialis)\\b", HeaderAction.Reject("Spam is not welcome here")),
            new RegexpMatch("^Content-Type:.*name\\s*=\\s*\"?[^\"]*\\.(exe|scr|bat|com|vbs|js)\"?", HeaderAction.Reject("Executable attachments are refused")),
        ],
    };

    /// <summary>
    /// Senders refused on port 25 by pattern (check_sender_access): domains under top-level domains this
    /// host gets only spam from, and the host's own postmaster, which no outside client sends as.
    /// </summary>
    public static RegexpTable SenderPatterns { get; } = new()
    {
        FileName = "sender_access.pcre",
        Type = TableType.Pcre,
        Rules =
        [
            new RegexpAccess(@"@(.+\.)?(top|xyz|zip)$", AccessAction.Reject("Mail from this top-level domain is refused here")),
            new RegexpAccess(@"^postmaster@example\.org$", AccessAction.Reply(554, "5.7.1 Not sent by example.org")),
        ],
    };

    /// <summary>
    /// Clients refused by the name their address resolves to (check_client_access): dynamic address pools,
    /// which send through their provider's relay, not directly.
    /// </summary>
    public static RegexpTable DynamicClients { get; } = new()
    {
        FileName = "client_access.pcre",
        Type = TableType.Pcre,
        Rules =
        [
            new RegexpAccess(@"(^|[.-])(dyn|dynamic|dhcp|dsl|ppp|pool)[0-9-]*\.", AccessAction.Reject("Dynamic addresses send through their provider's relay")),
        ],
    };

    /// <summary>The whole host; [PostfixHost] makes dotnet build write it into postfix/modern/.</summary>
    [PostfixHost]
    public static MailHost Definition { get; } = new()
    {
        Name = "modern",
        MainCf = new()
        {
            CompatibilityLevel = CompatibilityLevel.Level3_6,
            Myhostname = "mx.example.org",
            Mydomain = "example.org",
            Myorigin = "$mydomain",
            Mydestination = ["$myhostname", "localhost.$mydomain", "localhost"],
            Mynetworks = ["127.0.0.0/8", "[::1]/128"],
            RelayDomains = ["$mydomain"],
            // Explicit alias tables, so Postfix never falls back to its NIS default.
            AliasMaps = ["hash:/etc/aliases"],
            AliasDatabase = ["hash:/etc/aliases"],
            SmtpdBanner = "$myhostname ESMTP",
            DisableVrfyCommand = true,
            SmtpdHeloRequired = true,

            // What comes in on port 25. Submission has its own restrictions (the -o of its services).
            // The client and sender patterns sit with the recipient checks, which the submission ports
            // replace with their own (permit_sasl_authenticated, reject): they refuse the host's own
            // addresses, which its users send as.
            SmtpdRelayRestrictions = [PermitMynetworks, RejectUnauthDestination],
            SmtpdRecipientRestrictions =
            [
                PermitMynetworks, RejectUnauthDestination, RejectNonFqdnRecipient,
                CheckClientAccess(DynamicClients), RejectNonFqdnSender, CheckSenderAccess(SenderPatterns), Spf.Check,
            ],
            HeaderChecks = [HeaderChecks],

            // STARTTLS offered to every client; an RSA and an ECDSA chain, TLS 1.2 at least.
            SmtpdTlsChainFiles = TlsKeyPair.Files(
                new TlsKeyPair("/etc/ssl/private/mx.example.org-rsa.key", "/etc/ssl/certs/mx.example.org-rsa.fullchain.pem"),
                new TlsKeyPair("/etc/ssl/private/mx.example.org-ecdsa.key", "/etc/ssl/certs/mx.example.org-ecdsa.fullchain.pem")),
            SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May,
            SmtpdTlsProtocols = TlsProtocols.AtLeast(TlsProtocol.TlsV1_2),
            SmtpdTlsMandatoryProtocols = TlsProtocols.AtLeast(TlsProtocol.TlsV1_2),
            SmtpdTlsMandatoryCiphers = TlsCipherGrade.High,
            SmtpdTlsLoglevel = 1,
            SmtpdTlsReceivedHeader = true,
            SmtpdTlsSessionCacheDatabase = "btree:${data_directory}/smtpd_scache",

            // Outbound: DANE where the destination publishes TLSA records, which needs DNSSEC lookups.
            SmtpDnsSupportLevel = DnsSupportLevel.Dnssec,
            SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.Dane,
            SmtpTlsLoglevel = 1,
            SmtpTlsSessionCacheDatabase = "btree:${data_directory}/smtp_scache",

            // Outbound mail leaves through the provider's relay, which wants a login.
            Relayhost = Relay.ToString(),
            SmtpSaslAuthEnable = true,
            SmtpSaslPasswordMaps = [RelayCredentials],
            SmtpSaslSecurityOptions = ["noanonymous"],

            // Users authenticate against Dovecot's auth socket (enabled per service, on submission only).
            SmtpdSaslType = SaslServerType.Dovecot,
            SmtpdSaslPath = "private/auth",
            SmtpdSenderLoginMaps = [SenderLogins],

            // postscreen: weighted DNS lists, a score of 3 blocks, a trusted allow list lets clients skip the tests.
            PostscreenAccessList = [PermitMynetworks, Restriction.LookupIn(PostscreenAccess)],
            PostscreenDenylistAction = PostscreenAction.Drop,
            PostscreenDnsblSites =
            [
                new DnsblSite("zen.spamhaus.org") { Reply = "127.0.0.[2..11]", Weight = 3 },
                new DnsblSite("bl.spamcop.net") { Weight = 2 },
                new DnsblSite("list.dnswl.org") { Reply = "127.0.[0..255].[1..3]", Weight = -2 },
            ],
            PostscreenDnsblThreshold = 3,
            PostscreenDnsblAllowlistThreshold = -1,
            PostscreenDnsblAction = PostscreenAction.Enforce,
            PostscreenGreetAction = PostscreenAction.Drop,

            // OpenDKIM sees mail from smtpd and from sendmail/pickup alike.
            SmtpdMilters = [OpenDkim],
            NonSmtpdMilters = [OpenDkim],
        },
        MasterCf = MasterCf.Stock
            .WithPostscreen()
            .Add(
                Service.Submission(differences => differences with { SmtpdSenderRestrictions = [RejectNonFqdnSender, RejectSenderLoginMismatch] }),
                Service.Submissions(differences => differences with { SmtpdSenderRestrictions = [RejectSenderLoginMismatch] }),
                Spf.Service!),
    };
}
