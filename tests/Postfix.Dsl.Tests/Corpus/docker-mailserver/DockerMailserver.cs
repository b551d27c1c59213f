using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Corpus;

/// <summary>docker-mailserver's main.cf and master.cf (target/postfix), typed in. See SOURCE.md.</summary>
internal static class DockerMailserver
{
    // DMS's own restriction lists: smtpd_sender_restrictions uses the first, the submission ports the second.
    private static readonly RestrictionListParameter DmsSenderRestrictions =
        new("dms_smtpd_sender_restrictions", [PermitSaslAuthenticated, PermitMynetworks, RejectUnknownSenderDomain]);

    private static readonly RestrictionListParameter MuaSenderRestrictions =
        new("mua_sender_restrictions", [RejectAuthenticatedSenderLoginMismatch, DmsSenderRestrictions]);

    private static readonly Parameters Main = new()
    {
        CompatibilityLevel = CompatibilityLevel.Level3_10,
        SmtpdBanner = "$myhostname ESMTP",
        Biff = false,
        AppendDotMydomain = false,
        ReadmeDirectory = "no",
        Smtputf8Enable = false,
        AliasMaps = ["hash:/etc/aliases"],
        AliasDatabase = ["hash:/etc/aliases"],
        Mydestination = ["$myhostname", "localhost.$mydomain", "localhost"],
        Relayhost = "",
        Mynetworks = ["127.0.0.0/8", "[::1]/128", "[fe80::]/64"],
        MailboxSizeLimit = 0,
        RecipientDelimiter = "+",
        InetInterfaces = ["all"],
        InetProtocols = InetProtocols.All,
        SmtpdTlsChainFiles = ["/etc/ssl/private/ssl-cert-snakeoil.key", "/etc/ssl/certs/ssl-cert-snakeoil.pem"],
        SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May,
        SmtpdTlsLoglevel = 1,
        SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.May,
        SmtpTlsLoglevel = 1,
        TlsSslOptions = "NO_COMPRESSION, NO_RENEGOTIATION",
        TlsHighCipherlist = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384",
        TlsPreemptCipherlist = true,
        SmtpdTlsProtocols = ["!SSLv2", "!SSLv3", "!TLSv1", "!TLSv1.1"],
        SmtpTlsProtocols = ["!SSLv2", "!SSLv3", "!TLSv1", "!TLSv1.1"],
        SmtpdTlsMandatoryCiphers = TlsCipherGrade.High,
        SmtpdTlsMandatoryProtocols = ["!SSLv2", "!SSLv3", "!TLSv1", "!TLSv1.1"],
        SmtpdTlsExcludeCiphers = ["aNULL", "SEED", "CAMELLIA", "RSA+AES", "SHA1"],
        SmtpdTlsCApath = "/etc/ssl/certs",
        SmtpTlsCApath = "/etc/ssl/certs",
        SmtpdHeloRequired = true,
        SmtpdDelayReject = true,
        SmtpdHeloRestrictions = [PermitMynetworks, RejectInvalidHeloHostname, Permit],
        SmtpdRelayRestrictions = [PermitMynetworks, PermitSaslAuthenticated, DeferUnauthDestination],
        SmtpdRecipientRestrictions = [PermitSaslAuthenticated, PermitMynetworks, RejectUnauthDestination, RejectInvalidHeloHostname, RejectNonFqdnHeloHostname, RejectUnknownRecipientDomain],
        SmtpdClientRestrictions = [PermitMynetworks, PermitSaslAuthenticated, RejectUnauthDestination],
        SmtpdSenderRestrictions = [DmsSenderRestrictions],
        SmtpdDiscardEhloKeywords = ["silent-discard", "dsn"],
        SmtpdDataRestrictions = [PermitMynetworks, PermitSaslAuthenticated, RejectUnauthPipelining],
        DisableVrfyCommand = true,
        SmtpdForbidBareNewline = true,
        PostscreenDnsblAction = PostscreenAction.Enforce,
        PostscreenDnsblSites =
        [
            "zen.spamhaus.org=127.0.0.[2..11]*3",
            "bl.mailspike.net=127.0.0.[2;14;13;12;11;10]",
            "b.barracudacentral.org*2",
            "bl.spameatingmonkey.net=127.0.0.2",
            "dnsbl.sorbs.net",
            "psbl.surriel.com",
            "list.dnswl.org=127.0.[0..255].0*-2",
            "list.dnswl.org=127.0.[0..255].1*-3",
            "list.dnswl.org=127.0.[0..255].[2..3]*-4",
        ],
        PostscreenDnsblThreshold = 3,
        PostscreenDnsblAllowlistThreshold = -1,
        PostscreenGreetAction = PostscreenAction.Enforce,
        PostscreenBareNewlineAction = PostscreenAction.Enforce,
        SmtpdSaslAuthEnable = false,
        SmtpdSaslPath = "/dev/shm/sasl-auth.sock",
        SmtpdSaslType = SaslServerType.Dovecot,
        SmtpdSaslSecurityOptions = ["noanonymous"],
        SmtpdSaslLocalDomain = "$mydomain",
        BrokenSaslAuthClients = true,
        VirtualMailboxDomains = ["/etc/postfix/vhost"],
        VirtualAliasMaps = ["texthash:/etc/postfix/virtual"],
        MilterProtocol = 6,
        MilterDefaultAction = MilterDefaultAction.Accept,
        SmtpdMilters = [],
        NonSmtpdMilters = [],
        HeaderChecks = ["pcre:/etc/postfix/maps/header_checks.pcre"],
        SmtpHeaderChecks = ["pcre:/etc/postfix/maps/sender_header_filter.pcre"],
    };

    // The two submission ports differ only in their name and in how TLS starts.
    private static Parameters Submission(string name, Parameters tls) => new Parameters { SyslogName = "postfix/" + name } with
    {
        SmtpdTlsSecurityLevel = tls.SmtpdTlsSecurityLevel,
        SmtpdTlsWrappermode = tls.SmtpdTlsWrappermode,
    } with
    {
        SmtpdSaslAuthEnable = true,
        SmtpdSaslType = SaslServerType.Dovecot,
        SmtpdRejectUnlistedRecipient = false,
        SmtpdSaslAuthenticatedHeader = true,
        SmtpdClientRestrictions = [PermitSaslAuthenticated, Reject],
        SmtpdRelayRestrictions = [PermitSaslAuthenticated, Reject],
        SmtpdSenderRestrictions = [MuaSenderRestrictions],
        SmtpdDiscardEhloKeywords = [],
        MilterMacroDaemonName = "ORIGINATING",
        CleanupServiceName = "sender-cleanup",
    };

    public static CorpusCase Case { get; } = new(
        "docker-mailserver",
        new MailHost
        {
            Name = "dms",
            MainCf = Main,
            // The stock services without chroot, port 25 screened by postscreen, DMS's pickup and relay, and its own services.
            MasterCf = MasterCf.StockWithoutChroot.WithPostscreen()
#pragma warning disable PFX0302 // DMS runs pickup as a fifo, the pre-2.10 form: a true finding, kept to mean what DMS means
                .Change("pickup", ServiceType.Unix, pickup => pickup with
                {
                    Type = ServiceType.Fifo,
                    Overrides = new() { ContentFilter = "", ReceiveOverrideOptions = ["no_header_body_checks"] },
                })
#pragma warning restore PFX0302
                .Change("relay", ServiceType.Unix, relay => relay with { Overrides = new() }) // DMS's relay keeps the default syslog name
                .Add(
                    Service.Inet("submission", "smtpd", chroot: false, overrides: Submission("submission", new() { SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt })),
                    Service.Inet("submissions", "smtpd", chroot: false, overrides: Submission("submissions", new() { SmtpdTlsWrappermode = true })),
                    Service.Unix("sender-cleanup", "cleanup", @private: false, chroot: false, maxProcesses: 0, overrides: new()
                    {
                        SyslogName = "postfix/sender-cleanup",
                        HeaderChecks = ["pcre:/etc/postfix/maps/sender_header_filter.pcre"],
                    })),
        },
        Tables: [],
        ExpectedFindings:
        [
            // pickup as a fifo is the pre-2.10 form; Postfix 3 ships it as a unix service.
            "PFX0302 service pickup/fifo",
            // Milter settings while both milter lists are empty: they take effect only once DMS's scripts add a milter.
            "PFX0313 milter_default_action",
            "PFX0313 milter_protocol",
        ],
        OriginalWarnings: [])
    {
        // header_checks.pcre, sender_header_filter.pcre and virtual are written by DMS's start-up scripts.
        SuppressedRules = ["PFX0310"],
    };
}
