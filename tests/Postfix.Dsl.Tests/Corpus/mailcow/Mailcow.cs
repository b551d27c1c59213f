using System.Linq;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Corpus;

/// <summary>mailcow-dockerized's main.cf and master.cf (data/conf/postfix), typed in. See SOURCE.md.</summary>
internal static class Mailcow
{
    private const string Sql = "proxy:mysql:/opt/postfix/conf/sql/";

    // smtp_header_checks: hides the internal hops of authenticated senders, sieve and rspamd.
    private static readonly RegexpTable AnonymizeHeaders = new()
    {
        FileName = "anonymize_headers.pcre",
        Type = TableType.Pcre,
        Rules =
        [
            new RegexpIf(@"^\s*Received:.*Authenticated sender.*\(Postcow\)",
            [
                new RegexpMatch(@"^Received: from .*? \([\w\-.]* \[.*?\]\)(.*|\n.*)\(Authenticated sender: (.+)\)\s+by.+\(Postcow\) with (.*)",
                    HeaderAction.Replace("Received: from [127.0.0.1] (localhost [127.0.0.1]) by localhost (Mailerdaemon) with $3")),
            ]),
            new RegexpIf(@"^\s*Received: from.* \(.*dovecot-mailcow.*mailcow-network.*\).*\(Postcow\)",
            [
                new RegexpMatch(@"^Received: from.* (.*|\n.*)\((.+) (.+)\)\s+by (.+) \(Postcow\) with (.*)", HeaderAction.Replace("Received: from sieve (sieve $3) by $4 (Postcow) with $5")),
            ]),
            new RegexpIf(@"^\s*Received: from.* \(.*rspamd-mailcow.*mailcow-network.*\).*\(Postcow\)",
            [
                new RegexpMatch(@"^Received: from.* (.*|\n.*)\((.+) (.+)\)\s+by (.+) \(Postcow\) with (.*)", HeaderAction.Replace("Received: from rspamd (rspamd $3) by $4 (Postcow) with $5")),
            ]),
            new RegexpMatch(@"^\s*X-Enigmail", HeaderAction.Ignore),
            new RegexpMatch(@"^\s*X-Originating-IP", HeaderAction.Ignore),
            new RegexpMatch(@"^\s*X-Forward", HeaderAction.Ignore),
        ],
    };

    // SOGo's port lets the local mailcow.local senders through (check_sasl_access).
    private static readonly RegexpTable AllowMailcowLocal = new()
    {
        FileName = "allow_mailcow_local.regexp",
        Rules = [new RegexpAccess("^(.+)@mailcow.local", AccessAction.Ok)],
    };

    private static readonly Parameters Main = new()
    {
        AliasDatabase = ["hash:/etc/aliases"],
        AliasMaps = ["hash:/etc/aliases"],
        AppendDotMydomain = false,
        Biff = false,
        BounceQueueLifetime = PostfixTime.Days(1),
        BrokenSaslAuthClients = true,
        CompatibilityLevel = CompatibilityLevel.Level3_7,
        DelayWarningTime = PostfixTime.Hours(4),
        DisableVrfyCommand = true,
        InetInterfaces = ["all"],
        InetProtocols = InetProtocols.All,
        LmtpTlsMandatoryProtocols = [">=TLSv1.2"],
        LmtpTlsProtocols = [">=TLSv1.2"],
        MailName = "Postcow",
        MailboxSizeLimit = 0,
        MaximalBackoffTime = PostfixTime.Seconds(1800),
        MaximalQueueLifetime = PostfixTime.Days(5),
        MessageSizeLimit = 104857600,
        MilterDefaultAction = MilterDefaultAction.Tempfail,
        MilterMailMacros = ["i", "{mail_addr}", "{client_addr}", "{client_name}", "{auth_authen}"],
        MilterProtocol = 6,
        MinimalBackoffTime = PostfixTime.Seconds(300),
        Mydestination = ["localhost.localdomain", "localhost"],
        MynetworksStyle = MynetworksStyle.Subnet,
        NonSmtpdMilters = ["inet:rspamd:9900"],
        ParentDomainMatchesSubdomains = ["debug_peer_list", "fast_flush_domains", "mynetworks", "qmqpd_authorized_clients"],
        PlaintextRejectCode = 550,
        PostscreenAccessList = [PermitMynetworks, Restriction.LookupIn("cidr:/opt/postfix/conf/custom_postscreen_whitelist.cidr"), Restriction.LookupIn("cidr:/opt/postfix/conf/postscreen_access.cidr"), Restriction.LookupIn("tcp:127.0.0.1:10027")],
        PostscreenBareNewlineEnable = false,
        PostscreenCacheCleanupInterval = PostfixTime.Hours(24),
        PostscreenCacheMap = ["proxy:btree:$data_directory/postscreen_cache"],
        PostscreenDenylistAction = PostscreenAction.Drop,
        PostscreenDiscardEhloKeywords = ["chunking", "silent-discard", "smtputf8", "dsn"],
        PostscreenDnsblAction = PostscreenAction.Enforce,
        PostscreenDnsblThreshold = 6,
#pragma warning disable PFX0301 // renamed postscreen_dnsbl_max_ttl in Postfix 3.1: a true finding, kept to mean what mailcow means
        PostscreenDnsblTtl = PostfixTime.Minutes(5),
#pragma warning restore PFX0301
        PostscreenGreetAction = PostscreenAction.Enforce,
        PostscreenGreetBanner = "$smtpd_banner",
        PostscreenGreetTtl = PostfixTime.Days(2),
        PostscreenGreetWait = PostfixTime.Seconds(3),
        PostscreenNonSmtpCommandEnable = false,
        PostscreenPipeliningEnable = false,
        ProxyReadMaps = ["proxy:mysql:/opt/postfix/conf/sql/mysql_sasl_passwd_maps_transport_maps.cf", "proxy:mysql:/opt/postfix/conf/sql/mysql_mbr_access_maps.cf", "proxy:mysql:/opt/postfix/conf/sql/mysql_tls_enforce_in_policy.cf", Expansion.Of(ParameterCatalog.SenderDependentDefaultTransportMaps), Expansion.Of(ParameterCatalog.SmtpTlsPolicyMaps), Expansion.Of(ParameterCatalog.LocalRecipientMaps), Expansion.Of(ParameterCatalog.Mydestination), Expansion.Of(ParameterCatalog.VirtualAliasMaps), Expansion.Of(ParameterCatalog.VirtualAliasDomains), Expansion.Of(ParameterCatalog.VirtualMailboxMaps), Expansion.Of(ParameterCatalog.VirtualMailboxDomains), Expansion.Of(ParameterCatalog.RelayRecipientMaps), Expansion.Of(ParameterCatalog.RelayDomains), Expansion.Of(ParameterCatalog.CanonicalMaps), Expansion.Of(ParameterCatalog.SenderCanonicalMaps), Expansion.Of(ParameterCatalog.SenderBccMaps), Expansion.Of(ParameterCatalog.RecipientBccMaps), Expansion.Of(ParameterCatalog.RecipientCanonicalMaps), Expansion.Of(ParameterCatalog.RelocatedMaps), Expansion.Of(ParameterCatalog.TransportMaps), Expansion.Of(ParameterCatalog.Mynetworks), Expansion.Of(ParameterCatalog.SmtpdSenderLoginMaps), Expansion.Of(ParameterCatalog.SmtpSaslPasswordMaps)],
        QueueRunDelay = PostfixTime.Seconds(300),
        RecipientCanonicalClasses = ["envelope_recipient"],
        RecipientCanonicalMaps = ["proxy:mysql:/opt/postfix/conf/sql/mysql_recipient_canonical_maps.cf"],
        RecipientDelimiter = "+",
        RelayDomains = ["proxy:mysql:/opt/postfix/conf/sql/mysql_virtual_relay_domain_maps.cf"],
        RelayRecipientMaps = ["proxy:mysql:/opt/postfix/conf/sql/mysql_relay_recipient_maps.cf"],
        Relayhost = "",
        Unlisted =
        [
            // Referenced from the submission and smtps services' -o smtpd_tls_mandatory_protocols.
            new("smtps_smtpd_tls_mandatory_protocols", ">=TLSv1.2"),
            new("submission_smtpd_tls_mandatory_protocols", ">=TLSv1.2"),
        ],
        SenderDependentDefaultTransportMaps = ["proxy:mysql:/opt/postfix/conf/sql/mysql_sender_dependent_default_transport_maps.cf"],
        SmtpAddressPreference = AddressPreference.Any,
        SmtpDnsSupportLevel = DnsSupportLevel.Dnssec,
        SmtpHeaderChecks = [AnonymizeHeaders],
        SmtpSaslAuthEnable = true,
        SmtpSaslAuthSoftBounce = false,
        SmtpSaslMechanismFilter = ["plain", "login"],
        SmtpSaslPasswordMaps = ["proxy:mysql:/opt/postfix/conf/sql/mysql_sasl_passwd_maps_sender_dependent.cf"],
        SmtpSaslSecurityOptions = [],
        SmtpSenderDependentAuthentication = true,
        SmtpTlsCAfile = "/etc/ssl/certs/ca-certificates.crt",
        SmtpTlsCertFile = "/etc/ssl/mail/cert.pem",
        SmtpTlsKeyFile = "/etc/ssl/mail/key.pem",
        SmtpTlsLoglevel = 1,
        SmtpTlsMandatoryProtocols = [">=TLSv1.2"],
        SmtpTlsPolicyMaps = ["proxy:mysql:/opt/postfix/conf/sql/mysql_tls_policy_override_maps.cf", "socketmap:inet:postfix-tlspol:8642:QUERY"],
        SmtpTlsProtocols = [">=TLSv1.2"],
        SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.Dane,
        SmtpTlsSessionCacheDatabase = "btree:${data_directory}/smtp_scache",
        SmtpdDataRestrictions = [RejectUnauthPipelining, Permit],
        SmtpdDelayReject = true,
        SmtpdDiscardEhloKeywords = ["chunking", "silent-discard", "smtputf8"],
        SmtpdErrorSleepTime = PostfixTime.Seconds(10),
        SmtpdForbidBareNewline = true,
        SmtpdHardErrorLimit = Expansion.IfSet(ParameterCatalog.Stress, "1") + Expansion.IfUnset(ParameterCatalog.Stress, "5"),
        SmtpdHeloRequired = true,
        SmtpdMilters = ["inet:rspamd:9900"],
        SmtpdProxyTimeout = PostfixTime.Seconds(600),
        SmtpdRecipientRestrictions = [CheckRecipientMxAccess("proxy:mysql:/opt/postfix/conf/sql/mysql_mbr_access_maps.cf"), PermitSaslAuthenticated, PermitMynetworks, CheckRecipientAccess("proxy:mysql:/opt/postfix/conf/sql/mysql_tls_enforce_in_policy.cf"), RejectInvalidHeloHostname, RejectUnauthDestination],
        SmtpdRelayRestrictions = [PermitMynetworks, PermitSaslAuthenticated, DeferUnauthDestination],
        SmtpdSaslAuthEnable = true,
        SmtpdSaslAuthenticatedHeader = true,
        SmtpdSaslPath = "inet:dovecot:10001",
        SmtpdSaslType = SaslServerType.Dovecot,
        SmtpdSenderLoginMaps = ["proxy:mysql:/opt/postfix/conf/sql/mysql_virtual_sender_acl.cf"],
        SmtpdSenderRestrictions = [RejectAuthenticatedSenderLoginMismatch, PermitMynetworks, PermitSaslAuthenticated, RejectUnlistedSender, RejectUnknownSenderDomain],
        SmtpdSoftErrorLimit = 3,
        SmtpdTlsAuthOnly = true,
        SmtpdTlsCertFile = "/etc/ssl/mail/cert.pem",
        SmtpdTlsExcludeCiphers = ["ECDHE-RSA-RC4-SHA", "RC4", "aNULL", "DES-CBC3-SHA", "ECDHE-RSA-DES-CBC3-SHA", "EDH-RSA-DES-CBC3-SHA"],
        SmtpdTlsKeyFile = "/etc/ssl/mail/key.pem",
        SmtpdTlsLoglevel = 1,
        SmtpdTlsMandatoryCiphers = TlsCipherGrade.High,
        SmtpdTlsMandatoryProtocols = [">=TLSv1.2"],
        SmtpdTlsProtocols = [">=TLSv1.2"],
        SmtpdTlsReceivedHeader = true,
        SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May,

        TlsPreemptCipherlist = true,
        TlsServerSniMaps = ["hash:/opt/postfix/conf/sni.map"],
        TlsSslOptions = "NO_COMPRESSION, NO_RENEGOTIATION",
        TransportMaps = ["pcre:/opt/postfix/conf/custom_transport.pcre", "pcre:/opt/postfix/conf/local_transport", "proxy:mysql:/opt/postfix/conf/sql/mysql_relay_ne.cf", "proxy:mysql:/opt/postfix/conf/sql/mysql_transport_maps.cf"],
        VirtualAliasMaps = ["proxy:mysql:/opt/postfix/conf/sql/mysql_virtual_alias_maps.cf", "proxy:mysql:/opt/postfix/conf/sql/mysql_virtual_resource_maps.cf", "proxy:mysql:/opt/postfix/conf/sql/mysql_virtual_spamalias_maps.cf", "proxy:mysql:/opt/postfix/conf/sql/mysql_virtual_alias_domain_maps.cf"],
        VirtualGidMaps = ["static:5000"],
        VirtualMailboxBase = "/var/vmail/",
        VirtualMailboxDomains = ["proxy:mysql:/opt/postfix/conf/sql/mysql_virtual_domains_maps.cf"],
        VirtualMailboxMaps = ["proxy:mysql:/opt/postfix/conf/sql/mysql_virtual_mailbox_maps.cf"],
        VirtualMinimumUid = 104,
        VirtualTransport = "lmtp:inet:dovecot:24",
        VirtualUidMaps = ["static:5000"],
    };

    private static Service Smtpd(string name, Parameters overrides) =>
        new() { Name = name, Type = ServiceType.Inet, Private = false, Chroot = false, Command = "smtpd", Overrides = overrides };

    // smtps and submission, each also behind HAProxy on a 10xxx port.
    private static Parameters Smtps(string syslogName) => new()
    {
        SmtpdTlsWrappermode = true,
        SmtpdClientRestrictions = [PermitMynetworks, PermitSaslAuthenticated, Reject],
        SmtpdTlsMandatoryProtocols = ["$smtps_smtpd_tls_mandatory_protocols"],
        TlsPreemptCipherlist = true,
        CleanupServiceName = "smtp_sender_cleanup",
        SyslogName = syslogName,
    };

    private static Parameters Submission(string syslogName) => new()
    {
        SmtpdClientRestrictions = [PermitMynetworks, PermitSaslAuthenticated, Reject],
        SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt,
        SmtpdTlsMandatoryProtocols = ["$submission_smtpd_tls_mandatory_protocols"],
        TlsPreemptCipherlist = true,
        CleanupServiceName = "smtp_sender_cleanup",
        SyslogName = syslogName,
    };

    // The quarantine and BCC ports take mail from inside only, without milters.
    private static Parameters Internal(string syslogName) => new()
    {
        SmtpdHeloRestrictions = [],
        SmtpdClientRestrictions = [PermitMynetworks, Reject],
        SmtpdTlsAuthOnly = false,
        SmtpdMilters = [],
        NonSmtpdMilters = [],
        SyslogName = syslogName,
    };

#pragma warning disable PFX0302 // mailcow runs pickup and qmgr as fifos, the pre-2.10 form: true findings, kept to mean what mailcow means
    private static readonly Service[] Services =
    [
        new() { Name = "smtp", Type = ServiceType.Inet, Private = false, Chroot = false, MaxProcesses = 1, Command = "postscreen" },
        new()
        {
            Name = "10025", Type = ServiceType.Inet, Private = false, Chroot = false, MaxProcesses = 1, Command = "postscreen",
            Overrides = new() { PostscreenUpstreamProxyProtocol = "haproxy", SyslogName = "haproxy" },
        },
        new()
        {
            Name = "smtpd", Type = ServiceType.Pass, Chroot = false, Command = "smtpd",
            Overrides = new() { SmtpdSaslAuthEnable = false, SmtpdSenderRestrictions = [PermitMynetworks, RejectUnlistedSender, RejectUnknownSenderDomain] },
        },
        Smtpd("smtps", Smtps("postfix/smtps")),
        Smtpd("10465", Smtps("postfix/smtps-haproxy") with { SmtpdUpstreamProxyProtocol = "haproxy" }),
        Smtpd("submission", Submission("postfix/submission")),
        Smtpd("10587", Submission("postfix/submission-haproxy") with { SmtpdUpstreamProxyProtocol = "haproxy" }),
        Smtpd("588", new()
        {
            SmtpdClientRestrictions = [PermitMynetworks, PermitSaslAuthenticated, Reject],
            SmtpdTlsAuthOnly = false,
            SmtpdSenderRestrictions = [CheckSaslAccess(AllowMailcowLocal), RejectAuthenticatedSenderLoginMismatch, PermitMynetworks, PermitSaslAuthenticated, RejectUnlistedSender, RejectUnknownSenderDomain],
            CleanupServiceName = "smtp_sender_cleanup",
            SyslogName = "postfix/sogo",
        }),
        Smtpd("590", Internal("postfix/quarantine")),
        Smtpd("591", Internal("postfix/bcc")),
        new()
        {
            Name = "smtp_enforced_tls", Type = ServiceType.Unix, Chroot = false, Command = "smtp",
            Overrides = new() { SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.Encrypt, SyslogName = "enforced-tls-smtp", SmtpDeliveryStatusFilter = ["pcre:/opt/postfix/conf/smtp_dsn_filter"] },
        },
        new()
        {
            Name = "smtp_via_transport_maps", Type = ServiceType.Unix, Chroot = false, Command = "smtp",
            Overrides = new() { SmtpSaslPasswordMaps = [Sql + "mysql_sasl_passwd_maps_transport_maps.cf"] },
        },
        new() { Name = "tlsproxy", Type = ServiceType.Unix, Chroot = false, MaxProcesses = 0, Command = "tlsproxy" },
        new() { Name = "dnsblog", Type = ServiceType.Unix, Chroot = false, MaxProcesses = 0, Command = "dnsblog" },
        new() { Name = "pickup", Type = ServiceType.Fifo, Private = false, Chroot = false, Wakeup = Wakeup.Every(60), MaxProcesses = 1, Command = "pickup" },
        new() { Name = "cleanup", Type = ServiceType.Unix, Private = false, Chroot = false, MaxProcesses = 0, Command = "cleanup" },
        new() { Name = "qmgr", Type = ServiceType.Fifo, Private = false, Chroot = false, Wakeup = Wakeup.Every(300), MaxProcesses = 1, Command = "qmgr" },
        .. MasterCf.StockWithoutChroot.Services.Where(s => s.Name is not ("smtp" or "pickup" or "cleanup" or "qmgr" or "postlog" or "lmtp") || (s.Name == "smtp" && s.Type == ServiceType.Unix))
            .Select(s => s.Name == "relay" ? s with { Overrides = new() } : s),
        new()
        {
            Name = "lmtp", Type = ServiceType.Unix, Chroot = false, Command = "lmtp", Arguments = ["flags=O"],
            Transport = new() { DestinationRecipientLimit = 1 },
        },
        StockServices.Maildrop with { Arguments = ["flags=DRhu", "user=vmail", "argv=/usr/bin/maildrop", "-d", "${recipient}"] },
        new()
        {
            Name = "smtp_sender_cleanup", Type = ServiceType.Unix, Private = false, Chroot = true, MaxProcesses = 0, Command = "cleanup",
            Overrides = new() { HeaderChecks = [Expansion.Of(ParameterCatalog.SmtpHeaderChecks)] },
        },
        new()
        {
            Name = "127.0.0.1:10027", Type = ServiceType.Inet, Private = false, Unprivileged = false, Chroot = false, MaxProcesses = 0, Command = "spawn",
            Arguments = ["user=nobody", "argv=/usr/local/bin/whitelist_forwardinghosts.sh"],
        },
        Smtpd("589", new()
        {
            SmtpdClientRestrictions = [PermitMynetworks, Reject],
            SyslogName = "watchdog",
            SyslogFacility = SyslogFacility.Local7,
            SmtpdMilters = [],
            CleanupServiceName = "watchdog_cleanup",
            NonSmtpdMilters = [],
        }),
        new() { Name = "watchdog_cleanup", Type = ServiceType.Unix, Private = false, Chroot = false, MaxProcesses = 0, Command = "cleanup", Overrides = new() { SyslogName = "watchdog", SyslogFacility = SyslogFacility.Local7, QueueServiceName = "watchdog_qmgr" } },
        new() { Name = "watchdog_qmgr", Type = ServiceType.Fifo, Private = false, Chroot = false, Wakeup = Wakeup.Every(300), MaxProcesses = 1, Command = "qmgr", Overrides = new() { SyslogFacility = SyslogFacility.Local7, SyslogName = "watchdog", RewriteServiceName = "watchdog_rewrite" } },
        new() { Name = "watchdog_rewrite", Type = ServiceType.Unix, Chroot = false, Command = "trivial-rewrite", Overrides = new() { SyslogFacility = SyslogFacility.Local7, SyslogName = "watchdog", LocalTransport = "watchdog_discard" } },
        new() { Name = "watchdog_discard", Type = ServiceType.Unix, Chroot = false, Command = "discard", Overrides = new() { SyslogFacility = SyslogFacility.Local7, SyslogName = "watchdog" } },
    ];
#pragma warning restore PFX0302

    public static CorpusCase Case { get; } = new(
        "mailcow",
        new MailHost { Name = "mailcow", ConfigDirectory = "/opt/postfix/conf", MainCf = Main, MasterCf = new MasterCf { Services = Services } },
        Tables:
        [
            new("allow_mailcow_local.regexp", "allow_mailcow_local.regexp", "regexp", ["user@mailcow.local", "mailcow.local", "user@example.org"]),
            new("anonymize_headers.pcre", "anonymize_headers.pcre", "pcre",
            [
                "Received: from mail.example.org ([192.0.2.1] [192.0.2.1]) (Authenticated sender: user@example.org) by mx.example.org (Postcow) with ESMTPSA id ABC123",
                "Received: from dovecot (dovecot-mailcow.mailcow-network [172.22.1.1]) (Authenticated sender: sieve) by mx.example.org (Postcow) with ESMTPA id 1",
                "Received: from rspamd (rspamd-mailcow.mailcow-network [172.22.1.2]) (Authenticated sender: rs) by mx.example.org (Postcow) with ESMTPA id 2",
                "X-Enigmail: v1.0",
                "X-Originating-IP: 192.0.2.7",
                "X-Forwarded-For: 192.0.2.8",
                "X-Mailer: kept",
                "Subject: hello",
            ]),
        ],
        ExpectedFindings:
        [
            // Renamed postscreen_dnsbl_max_ttl in Postfix 3.1.
            "PFX0301 postscreen_dnsbl_ttl",
            // pickup and the two qmgr services as fifos: the form Postfix replaced in 2.10.
            "PFX0302 service pickup/fifo",
            "PFX0302 service qmgr/fifo",
            "PFX0302 service watchdog_qmgr/fifo",
            // The SOGo, quarantine and BCC ports offer AUTH without TLS, which main.cf forbids
            // (smtpd_tls_auth_only = yes); mailcow relies on them being reachable only inside its network.
            "PFX0312 service 588/inet -o smtpd_tls_auth_only",
            "PFX0312 service 590/inet -o smtpd_tls_auth_only",
            "PFX0312 service 591/inet -o smtpd_tls_auth_only",
        ],
        OriginalWarnings: [])
    {
        // sni.map and custom_transport.pcre are written by mailcow's start-up scripts; local_transport and
        // smtp_dsn_filter ship in its image (the DSN filter's results are DSN texts, not header actions).
        SuppressedRules = ["PFX0310"],
    };
}
