using System.Linq;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Corpus;

/// <summary>
/// Modoboa's Postfix configuration as its installer renders it (modoboa-installer's templates with
/// its default configuration for example.org; render-templates.py replays how). See SOURCE.md.
/// </summary>
internal static class Modoboa
{
    // The submission port's cleanup: hides the internal hops of authenticated senders and rspamd.
    private static readonly RegexpTable AnonymizeHeaders = new()
    {
        FileName = "anonymize_headers.pcre",
        Type = TableType.Pcre,
        Rules =
        [
            new RegexpIf(@"^\s*Received:.*Authenticated sender.*\(Postfix\)",
            [
                new RegexpMatch(@"^Received: from .*? \([\w\-.]* \[.*?\]\)(.*|\n.*)\(Authenticated sender: (.+)\)\s+by.+\(Postfix\) with (.*)",
                    HeaderAction.Replace("Received: from [127.0.0.1] (localhost [127.0.0.1]) by localhost (Mailerdaemon) with $3")),
            ]),
            new RegexpIf(@"^\s*Received: from .*rspamd.localhost .*\(Postfix\)",
            [
                new RegexpMatch(@"^Received: from.* (.*|\n.*)\((.+) (.+)\)\s+by (.+) \(Postfix\) with (.*)", HeaderAction.Replace("Received: from rspamd (rspamd $3) by $4 (Postfix) with $5")),
            ]),
            new RegexpMatch(@"^\s*X-Enigmail", HeaderAction.Ignore),
            new RegexpMatch(@"^\s*X-Originating-IP", HeaderAction.Ignore),
            new RegexpMatch(@"^\s*X-Forward", HeaderAction.Ignore),
        ],
    };

    private static readonly Parameters Main = new()
    {
            AddressVerifyMap = ["proxy:btree:$data_directory/verify_cache"],
            AliasDatabase = ["hash:/etc/aliases"],
            AliasMaps = ["hash:/etc/aliases"],
            AppendDotMydomain = false,
            Biff = false,
            BrokenSaslAuthClients = true,
            DisableVrfyCommand = true,
            InetInterfaces = ["all"],
            InetProtocols = InetProtocols.All,
            MailboxSizeLimit = 0,
            MessageSizeLimit = 11534336,
            MilterContentTimeout = PostfixTime.Seconds(30),
            MilterDefaultAction = MilterDefaultAction.Accept,
            Mydestination = ["$myhostname"],
            Myhostname = "mail.example.org",
            Mynetworks = ["127.0.0.0/8", "[::1]/128"],
            Myorigin = "$myhostname",
            NonSmtpdMilters = ["inet:127.0.0.1:12345"],
            PostscreenAccessList = [PermitMynetworks, Restriction.LookupIn("cidr:/etc/postfix/postscreen_spf_whitelist.cidr")],
            PostscreenBareNewlineAction = PostscreenAction.Enforce,
            PostscreenBareNewlineEnable = true,
#pragma warning disable PFX0301 // renamed postscreen_denylist_action in Postfix 3.6: a true finding, kept to mean what Modoboa means
            PostscreenBlacklistAction = PostscreenAction.Enforce,
#pragma warning restore PFX0301
            PostscreenDnsblAction = PostscreenAction.Enforce,
            PostscreenDnsblSites = ["zen.spamhaus.org=127.0.0.[2..11]*3", "bl.spameatingmonkey.net=127.0.0.2*2", "bl.spamcop.net=127.0.0.2"],
            PostscreenDnsblThreshold = 3,
            PostscreenGreetAction = PostscreenAction.Enforce,
            PostscreenGreetBanner = "Welcome, please wait...",
            PostscreenNonSmtpCommandAction = PostscreenAction.Enforce,
            PostscreenNonSmtpCommandEnable = true,
            PostscreenPipeliningAction = PostscreenAction.Enforce,
            PostscreenPipeliningEnable = true,
            ProxyReadMaps = ["proxy:unix:passwd.byname", "proxy:pgsql:/etc/postfix/sql-domains.cf", "proxy:pgsql:/etc/postfix/sql-domain-aliases.cf", "proxy:pgsql:/etc/postfix/sql-aliases.cf", "proxy:pgsql:/etc/postfix/sql-relaydomains.cf", "proxy:pgsql:/etc/postfix/sql-maintain.cf", "proxy:pgsql:/etc/postfix/sql-relay-recipient-verification.cf", "proxy:pgsql:/etc/postfix/sql-sender-login-map.cf", "proxy:pgsql:/etc/postfix/sql-spliteddomains-transport.cf", "proxy:pgsql:/etc/postfix/sql-transport.cf"],
            ProxyWriteMaps = [Expansion.Of(ParameterCatalog.SmtpSaslAuthCacheName), Expansion.Of(ParameterCatalog.LmtpSaslAuthCacheName), Expansion.Of(ParameterCatalog.AddressVerifyMap)],
            ReadmeDirectory = "no",
            RecipientDelimiter = "+",
            RelayDomains = ["proxy:pgsql:/etc/postfix/sql-relaydomains.cf"],
            SmtpTlsCApath = "/etc/ssl/certs",
            SmtpTlsExcludeCiphers = ["EXPORT", "LOW"],
            SmtpTlsLoglevel = 1,
            SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.May,
            SmtpdBanner = "$myhostname ESMTP",
            SmtpdDataRestrictions = [RejectUnauthPipelining],
            SmtpdForbidUnauthPipelining = true,
            SmtpdHeloRequired = true,
            SmtpdMilters = ["inet:127.0.0.1:12345"],
            SmtpdRecipientRestrictions = [CheckPolicyService("inet:127.0.0.1:9999"), PermitMynetworks, PermitSaslAuthenticated, CheckRecipientAccess("proxy:pgsql:/etc/postfix/sql-maintain.cf"), Restriction.LookupIn("proxy:pgsql:/etc/postfix/sql-relay-recipient-verification.cf"), RejectUnverifiedRecipient, RejectUnauthDestination, RejectNonFqdnSender, RejectNonFqdnRecipient, RejectNonFqdnHeloHostname],
            SmtpdSaslAuthEnable = true,
            SmtpdSaslAuthenticatedHeader = true,
            SmtpdSaslPath = "private/auth",
            SmtpdSaslSecurityOptions = ["noanonymous"],
            SmtpdSaslType = SaslServerType.Dovecot,
            SmtpdSenderLoginMaps = ["proxy:pgsql:/etc/postfix/sql-sender-login-map.cf"],
            SmtpdTlsCApath = "/etc/ssl/certs",
            SmtpdTlsAuthOnly = false,
            SmtpdTlsCertFile = "/etc/ssl/certs/mail.example.org.cert",
            SmtpdTlsDh1024ParamFile = "${config_directory}/ffdhe4096.pem",
            SmtpdTlsEecdhGrade = TlsEecdhGrade.Strong,
            SmtpdTlsExcludeCiphers = ["aNULL", "eNULL", "EXPORT", "DES", "RC4", "MD5", "PSK", "aECDH", "EDH-DSS-DES-CBC3-SHA", "EDH-RSA-DES-CBC3-SHA", "KRB5-DES", "CBC3-SHA", "CAMELLIA", "SEED-SHA", "AES256-SHA", "AES256-SHA256", "AES256-GCM-SHA384", "AES128-SHA", "AES128-SHA256", "AES128-GCM-SHA256", "DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES128-SHA", "DHE-RSA-AES128-SHA256", "DHE-RSA-AES256-GCM-SHA384", "DHE-RSA-AES256-SHA", "DHE-RSA-AES256-SHA256", "DHE-RSA-CHACHA20-POLY1305", "ECDHE-RSA-AES128-SHA", "ECDHE-RSA-AES256-SHA"],
            SmtpdTlsKeyFile = "/etc/ssl/private/mail.example.org.key",
            SmtpdTlsLoglevel = 1,
            SmtpdTlsMandatoryCiphers = TlsCipherGrade.High,
            SmtpdTlsMandatoryExcludeCiphers = ["aNULL", "eNULL", "EXPORT", "DES", "RC4", "MD5", "PSK", "aECDH", "EDH-DSS-DES-CBC3-SHA", "EDH-RSA-DES-CBC3-SHA", "KRB5-DES", "CBC3-SHA", "CAMELLIA", "SEED-SHA", "AES256-SHA", "AES256-SHA256", "AES256-GCM-SHA384", "AES128-SHA", "AES128-SHA256", "AES128-GCM-SHA256", "DHE-RSA-AES128-GCM-SHA256", "DHE-RSA-AES128-SHA", "DHE-RSA-AES128-SHA256", "DHE-RSA-AES256-GCM-SHA384", "DHE-RSA-AES256-SHA", "DHE-RSA-AES256-SHA256", "DHE-RSA-CHACHA20-POLY1305", "ECDHE-RSA-AES128-SHA", "ECDHE-RSA-AES256-SHA"],
            SmtpdTlsMandatoryProtocols = ["!SSLv2", "!SSLv3", "!TLSv1", "!TLSv1.1"],
            SmtpdTlsProtocols = ["!SSLv2", "!SSLv3", "!TLSv1", "!TLSv1.1"],
            SmtpdTlsReceivedHeader = true,
            SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May,
            SmtpdTlsSessionCacheDatabase = "btree:$data_directory/smtpd_tls_session_cache",
#pragma warning disable PFX0301 // replaced by smtpd_tls_security_level in Postfix 2.3: a true finding, kept to mean what Modoboa means
            SmtpdUseTls = true,
#pragma warning restore PFX0301
            StrictRfc821Envelopes = true,
            TlsPreemptCipherlist = true,
            TlsSslOptions = "NO_COMPRESSION",
            TransportMaps = ["proxy:pgsql:/etc/postfix/sql-transport.cf", "proxy:pgsql:/etc/postfix/sql-spliteddomains-transport.cf"],
            UnknownLocalRecipientRejectCode = 550,
            UnverifiedRecipientRejectCode = 550,
            VirtualAliasDomains = ["proxy:pgsql:/etc/postfix/sql-domain-aliases.cf"],
            VirtualAliasMaps = ["proxy:pgsql:/etc/postfix/sql-aliases.cf"],
            VirtualMailboxDomains = ["proxy:pgsql:/etc/postfix/sql-domains.cf"],
            VirtualTransport = "lmtp:unix:private/dovecot-lmtp",
    };

    // Debian's master.cf with the chroot column left at "-", as Postfix 3's master.cf.dist has it,
    // port 25 screened by postscreen with an Amavis proxy filter, and Modoboa's own services.
    private static readonly MasterCf Services = new MasterCf { Services = MasterCf.Stock.Services.Select(s => s.Chroot == true ? s with { Chroot = null } : s).ToList() }
        .Change("smtp", ServiceType.Inet, smtp => smtp with { Overrides = new() { SmtpdProxyFilter = "inet:[127.0.0.1]:10024", SmtpdProxyOptions = ["speed_adjust"] } })
        .WithPostscreen()
        .Change("relay", ServiceType.Unix, relay => relay with { Overrides = new() })
        .Remove("postlog", ServiceType.UnixDgram)
        .Add(
            Service.Inet("submission", "smtpd", overrides: new()
            {
                SyslogName = "postfix/submission",
                SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt,
                TlsPreemptCipherlist = true,
                SmtpdSaslAuthEnable = true,
                SmtpdRejectUnlistedRecipient = false,
                SmtpdClientRestrictions = [PermitSaslAuthenticated, Reject],
                SmtpdHeloRestrictions = [],
                SmtpdSenderRestrictions = [RejectSenderLoginMismatch],
                MilterMacroDaemonName = "ORIGINATING",
                CleanupServiceName = "ascleanup",
                SmtpdProxyFilter = "inet:[127.0.0.1]:10026",
            }),
            Service.Unix("ascleanup", "cleanup", @private: false, maxProcesses: 0, overrides: new() { HeaderChecks = [AnonymizeHeaders] }),
            Service.Pipe("maildrop", new PipeCommand("vmail", ["/usr/bin/maildrop", "-d", "${recipient}"])
            {
                Flags = [PipeFlag.DeliveredTo, PipeFlag.ReturnPath, PipeFlag.LowerCaseHost, PipeFlag.LowerCaseUser],
            }),
            StockServices.Uucp,
            StockServices.Ifmail,
            StockServices.Bsmtp,
            StockServices.ScalemailBackend,
            Service.Pipe("mailman", new PipeCommand("list", ["/usr/lib/mailman/bin/postfix-to-mailman.py", "${nexthop}", "${user}"])
            {
                Flags = [PipeFlag.FromLine, PipeFlag.ReturnPath],
            }),
            // Amavis hands mail back here, with every check already done.
            Service.Inet("127.0.0.1:10025", "smtpd", chroot: false, overrides: new()
            {
                ContentFilter = "",
                SmtpdAuthorizedXforwardHosts = ["127.0.0.0/8"],
                SmtpdDelayReject = false,
                SmtpdClientRestrictions = [PermitMynetworks, Reject],
                SmtpdHeloRestrictions = [],
                SmtpdSenderRestrictions = [],
                SmtpdRecipientRestrictions = [PermitMynetworks, Reject],
                SmtpdDataRestrictions = [RejectUnauthPipelining],
                SmtpdEndOfDataRestrictions = [],
                SmtpdRestrictionClasses = [],
                Mynetworks = ["127.0.0.0/8"],
                SmtpdErrorSleepTime = PostfixTime.Bare(0),
                SmtpdSoftErrorLimit = 1001,
                SmtpdHardErrorLimit = 1000,
                SmtpdClientConnectionCountLimit = 0,
                SmtpdClientConnectionRateLimit = 0,
                ReceiveOverrideOptions = ["no_header_body_checks", "no_unknown_recipient_checks"],
                LocalHeaderRewriteClients = ["permit_mynetworks", "permit_sasl_authenticated"],
            }));

    public static CorpusCase Case { get; } = new(
        "modoboa",
        new MailHost { Name = "modoboa", MainCf = Main, MasterCf = Services },
        Tables:
        [
            new("anonymize_headers.pcre", "anonymize_headers.pcre", "pcre",
            [
                "Received: from client.example.net (client.example.net [192.0.2.1]) (Authenticated sender: user@example.org) by mail.example.org (Postfix) with ESMTPSA id ABC",
                "Received: from rspamd.localhost (rspamd.localhost [127.0.0.1]) by mail.example.org (Postfix) with ESMTP id 2",
                "X-Enigmail: v1.0",
                "X-Originating-IP: 192.0.2.7",
                "X-Forwarded-To: someone",
                "Subject: hello",
            ]),
        ],
        ExpectedFindings:
        [
            // Renamed postscreen_denylist_action in Postfix 3.6.
            "PFX0301 postscreen_blacklist_action",
            // Replaced by smtpd_tls_security_level (already set to may) in Postfix 2.3.
            "PFX0301 smtpd_use_tls",
        ],
        OriginalWarnings: [])
    {
        // postscreen_spf_whitelist.cidr is written by Postwhite, which the installer sets up.
        SuppressedRules = ["PFX0310"],
    };
}
