using System.Linq;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Corpus;

/// <summary>
/// iRedMail's Postfix configuration as its installer writes it on Debian 12 (the samples under
/// samples/postfix with the installer's values; install-steps.sh replays how). See SOURCE.md.
/// </summary>
internal static class IRedMail
{
    // check_helo_access: HELO names that only spammers and misconfigured servers give.
    private static readonly RegexpTable HeloAccess = new()
    {
        FileName = "helo_access.pcre",
        Type = TableType.Pcre,
        Rules =
        [
            new RegexpMatch(@"^(localhost)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"^(localhost.localdomain)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(\.local)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"^([0-9\.]+)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server sent non RFC compliant HELO identity (${1})")),
            new RegexpMatch(@"^(126\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (${1})")),
            new RegexpMatch(@"^(sohu\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (${1})")),
            new RegexpMatch(@"^(gmail\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (${1})")),
            new RegexpMatch(@"^(google\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (${1})")),
            new RegexpMatch(@"^(yahoo\.com\.cn)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (${1})")),
            new RegexpMatch(@"^(yahoo\.co\.jp)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (${1})")),
            new RegexpMatch(@"^(728154EA470B4AA\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(taj-co\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(CF8D3DB045C1455\.net)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(dsgsfdg\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(se\.nit7-ngbo\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(mail\.goo\.ne\.jp)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(n-ong_an\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(meqail\.teamefs-ine5tl\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(zzg\.jhf-sp\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(din_glo-ng\.net)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(fda-cnc\.ie\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(yrtaj-yrco\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(m\.am\.biz\.cn)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(xr_haig\.roup\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(hjn\.cn)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(we_blf\.com\.cn)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(netvigator\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(mysam\.biz)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(mail\.teams-intl\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(seningbo\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(nblf\.com\.cn)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(kdn\.ktguide\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(zzsp\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(nblongan\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(dpu\.cn)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(nbalton\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(cncie\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(xinhaigroup\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(wz\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"(\.zj\.cn)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"(\.kornet)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpMatch(@"^(dsldevice\.lan)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"^(system\.mail)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"^(speedtouch\.lan)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(\badsl\b)", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpMatch(@"^\[(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\]$", HeaderAction.Ok),
            new RegexpMatch(@"\.outbound-(email|mail)\.sendgrid\.net$", HeaderAction.Ok),
            new RegexpMatch(@"^\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\.mail-.*\.facebook\.com$", HeaderAction.Ok),
            new RegexpMatch(@"^outbound-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\.pinterestmail\.com$", HeaderAction.Ok),
            new RegexpMatch(@"\.outbound\.protection\.outlook\.com$", HeaderAction.Ok),
            new RegexpMatch(@"^ec2-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\..*\.compute\.amazonaws\.com$", HeaderAction.Ok),
            new RegexpMatch(@"^out\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\.mail\.qq\.com$", HeaderAction.Ok),
            new RegexpMatch(@"(\d{1,3}[\.-]\d{1,3}[\.-]\d{1,3}[\.-]\d{1,3})", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpMatch(@"(\d{1,3}\.ip\.-\d{1,3}-\d{1,3}-\d{1,3}\.eu)", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpMatch(@"(pppoe)", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpMatch(@"(dsl\.brasiltelecom\.net\.br)", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpMatch(@"(dsl\.optinet\.hr)", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpMatch(@"(dsl\.telesp\.net\.br)", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpMatch(@"(dialup)", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpMatch(@"(dhcp)", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpMatch(@"(static-pool-[\d\.-]*\.flagman\.zp\.ua)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpMatch(@"(speedy\.com\.ar)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpMatch(@"(speedyterra\.com\.br)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpMatch(@"(static\.sbb\.rs)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpMatch(@"(static\.vsnl\.net\.in)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpMatch(@"(advance\.com\.ar)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(airtelbroadband\.in)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(bb\.netvision\.net\.il)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(broadband3\.iol\.cz)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(cable\.net\.co)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(catv\.broadband\.hu)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(chello\.nl)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(chello\.sk)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(client\.mchsi\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(comunitel\.net)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(coprosys\.cz)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(dclient\.hispeed\.ch)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(dip0\.t-ipconnect\.de)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(domain\.invalid)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(dyn\.centurytel\.net)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(embarqhsd\.net)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(emcali\.net\.co)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(epm\.net\.co)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(fibertel\.com\.ar)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(freedom2surf\.net)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(hgcbroadband\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(HINET-IP\.hinet\.net)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(infonet\.by)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(is74\.ru)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(kievnet\.com\.ua)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(metrotel\.net\.co)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(nw\.nuvox\.net)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(pldt\.net)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(pool\.invitel\.hu)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(pool\.ukrtel\.net)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(pools\.arcor-ip\.net)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(pppoe\.avangarddsl\.ru)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(retail\.telecomitalia\.it)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(revip2\.asianet\.co\.th)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(tim\.ro)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(tsi\.tychy\.pl)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(ttnet\.net\.tr)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(tttmaxnet\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(user\.veloxzone\.com\.br)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(utk\.ru)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(veloxzone\.com\.br)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(virtua\.com\.br)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(wanamaroc\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(wbt\.ru)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(wireless\.iaw\.on\.ca)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(business\.telecomitalia\.it)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(cotas\.com\.bo)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(marunouchi\.tokyo\.ocn\.ne\.jp)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(amedex\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"(aageneva\.com)$", HeaderAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpMatch(@"^ylmf-pc", HeaderAction.Reject("ACCESS DENIED")),
            new RegexpMatch(@"(\.*wideragents\.com)$", HeaderAction.Reject("ACCESS DENIED (${1})")),
            new RegexpMatch(@"(\.*resumekeep\.net)$", HeaderAction.Reject("ACCESS DENIED (${1})")),
            new RegexpMatch(@"(\.*terracedrink\.com)$", HeaderAction.Reject("ACCESS DENIED (${1})")),
            new RegexpMatch(@"(\.*sincemessage\.com)$", HeaderAction.Reject("ACCESS DENIED (${1})")),
            new RegexpMatch(@"(\.*ordertranquility\.com)$", HeaderAction.Reject("ACCESS DENIED (${1})")),
        ],
    };

    private const string Amavis = "smtp-amavis:[127.0.0.1]:10026";

    private static readonly Parameters Main = new()
    {
            AliasDatabase = ["hash:/etc/postfix/aliases"],
            AliasMaps = ["hash:/etc/postfix/aliases"],
            AllowMinUser = false,
            AllowPercentHack = false,
            Biff = false,
            BodyChecks = ["pcre:/etc/postfix/body_checks.pcre"],
            CommandDirectory = "/usr/sbin",
            CompatibilityLevel = CompatibilityLevel.Level3_6,
            DaemonDirectory = "/usr/lib/postfix/sbin",
            DataDirectory = "/var/lib/postfix",
            DebugPeerLevel = 2,
            DebuggerCommand = "PATH=/bin:/usr/bin:/usr/local/bin:/usr/X11R6/bin ddd $daemon_directory/$process_name $process_id & sleep 5",
            DisableVrfyCommand = true,
            EnableLongQueueIds = true,
            EnableOriginalRecipient = false,
            HeaderChecks = ["pcre:/etc/postfix/header_checks"],
            InetInterfaces = ["all"],
            InetProtocols = InetProtocols.All,
            LmtpTlsMandatoryProtocols = ["!SSLv2", "!SSLv3", "!TLSv1", "!TLSv1.1"],
            LmtpTlsProtocols = ["!SSLv2", "!SSLv3", "!TLSv1", "!TLSv1.1"],
            MailOwner = "postfix",
            MailqPath = "/usr/bin/mailq",
            MessageSizeLimit = 15728640,
            Mydestination = ["$myhostname", "localhost", "localhost.localdomain"],
            Mydomain = "mail.example.org",
            Myhostname = "mail.example.org",
            Mynetworks = ["127.0.0.1", "[::1]"],
            Myorigin = "mail.example.org",
            NewaliasesPath = "/usr/bin/newaliases",
            ProxyReadMaps = [Expansion.Of(ParameterCatalog.CanonicalMaps), Expansion.Of(ParameterCatalog.LmtpGenericMaps), Expansion.Of(ParameterCatalog.LocalRecipientMaps), Expansion.Of(ParameterCatalog.Mydestination), Expansion.Of(ParameterCatalog.Mynetworks), Expansion.Of(ParameterCatalog.RecipientBccMaps), Expansion.Of(ParameterCatalog.RecipientCanonicalMaps), Expansion.Of(ParameterCatalog.RelayDomains), Expansion.Of(ParameterCatalog.RelayRecipientMaps), Expansion.Of(ParameterCatalog.RelocatedMaps), Expansion.Of(ParameterCatalog.SenderBccMaps), Expansion.Of(ParameterCatalog.SenderCanonicalMaps), Expansion.Of(ParameterCatalog.SmtpGenericMaps), Expansion.Of(ParameterCatalog.SmtpdSenderLoginMaps), Expansion.Of(ParameterCatalog.TransportMaps), Expansion.Of(ParameterCatalog.VirtualAliasDomains), Expansion.Of(ParameterCatalog.VirtualAliasMaps), Expansion.Of(ParameterCatalog.VirtualMailboxDomains), Expansion.Of(ParameterCatalog.VirtualMailboxMaps), Expansion.Of(ParameterCatalog.SmtpdSenderRestrictions), Expansion.Of(ParameterCatalog.SenderDependentRelayhostMaps)],
            QueueDirectory = "/var/spool/postfix",
            RecipientDelimiter = "+",
            SendmailPath = "/usr/sbin/sendmail",
            SetgidGroup = "postdrop",
            ShowUserUnknownTableName = false,
            SmtpTlsCAfile = "/etc/ssl/certs/ca-certificates.crt",
            SmtpTlsCApath = "/etc/ssl/certs",
            SmtpTlsLoglevel = 1,
            SmtpTlsMandatoryProtocols = ["!SSLv2", "!SSLv3", "!TLSv1", "!TLSv1.1"],
            SmtpTlsNoteStarttlsOffer = true,
            SmtpTlsProtocols = ["!SSLv2", "!SSLv3", "!TLSv1", "!TLSv1.1"],
            SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.May,
            SmtpdCommandFilter = ["pcre:/etc/postfix/command_filter.pcre"],
            SmtpdDataRestrictions = [RejectUnauthPipelining],
            SmtpdDiscardEhloKeywords = ["chunking"],
            SmtpdEndOfDataRestrictions = [CheckPolicyService("inet:127.0.0.1:7777")],
            SmtpdHeloRequired = true,
            SmtpdHeloRestrictions = [PermitMynetworks, PermitSaslAuthenticated, CheckHeloAccess(HeloAccess), RejectNonFqdnHeloHostname, RejectUnknownHeloHostname],
            SmtpdRecipientRestrictions = [RejectNonFqdnRecipient, RejectUnlistedRecipient, CheckPolicyService("inet:127.0.0.1:7777"), PermitMynetworks, PermitSaslAuthenticated, RejectUnauthDestination, CheckPolicyService("inet:127.0.0.1:12340")],
            SmtpdRejectUnlistedRecipient = true,
            SmtpdRejectUnlistedSender = true,
            SmtpdSenderRestrictions = [RejectNonFqdnSender, RejectUnlistedSender, PermitMynetworks, PermitSaslAuthenticated, CheckSenderAccess("pcre:/etc/postfix/sender_access.pcre"), RejectUnknownSenderDomain],
            SmtpdTlsCAfile = "/etc/ssl/certs/ca-certificates.crt",
            SmtpdTlsCApath = "/etc/ssl/certs",
            SmtpdTlsCertFile = "/etc/ssl/certs/iRedMail.crt",
            SmtpdTlsDh1024ParamFile = "/etc/ssl/dh2048_param.pem",
            SmtpdTlsDh512ParamFile = "/etc/ssl/dh512_param.pem",
            SmtpdTlsKeyFile = "/etc/ssl/private/iRedMail.key",
            SmtpdTlsLoglevel = 1,
            SmtpdTlsMandatoryProtocols = ["!SSLv2", "!SSLv3", "!TLSv1", "!TLSv1.1"],
            SmtpdTlsProtocols = ["!SSLv2", "!SSLv3", "!TLSv1", "!TLSv1.1"],
            SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May,
            Smtputf8Enable = false,
            SwapBangpath = false,
            TlsRandomSource = "dev:/dev/urandom",
            UnknownLocalRecipientRejectCode = 550,
            VirtualAliasDomains = [],
            VirtualGidMaps = ["static:2000"],
            VirtualMailboxBase = "/var/vmail",
            VirtualMinimumUid = 2000,
            VirtualUidMaps = ["static:2000"],
    };

    // The submission ports hand mail to Amavis for DKIM signing and scanning.
    private static Parameters Submission(string syslogName, Parameters tls) => new Parameters { SyslogName = syslogName } with
    {
        SmtpdTlsSecurityLevel = tls.SmtpdTlsSecurityLevel,
        SmtpdTlsWrappermode = tls.SmtpdTlsWrappermode,
    } with
    {
        SmtpdSaslAuthEnable = true,
        SmtpdClientRestrictions = [PermitSaslAuthenticated, Reject],
        ContentFilter = Amavis,
    };

    // Amavis and mlmmj hand mail back on these loopback ports, with every check already done.
    private static Service Reinjection(int port, string overrideOptions) => new()
    {
        Name = "127.0.0.1:" + port, Type = ServiceType.Inet, Private = false, Chroot = false, Command = "smtpd",
        Overrides = new()
        {
            SyslogName = "postfix/" + port,
            ContentFilter = "",
            MynetworksStyle = MynetworksStyle.Host,
            Mynetworks = ["127.0.0.0/8"],
            LocalHeaderRewriteClients = [],
            LocalRecipientMaps = [],
            RelayRecipientMaps = [],
            StrictRfc821Envelopes = true,
            SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.None,
            SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.None,
            SmtpdRestrictionClasses = [],
            SmtpdDelayReject = false,
            SmtpdClientRestrictions = [PermitMynetworks, Reject],
            SmtpdHeloRestrictions = [],
            SmtpdSenderRestrictions = [],
            SmtpdRecipientRestrictions = [PermitMynetworks, Reject],
            SmtpdEndOfDataRestrictions = [],
            SmtpdErrorSleepTime = PostfixTime.Bare(0),
            SmtpdSoftErrorLimit = 1001,
            SmtpdHardErrorLimit = 1000,
            SmtpdClientConnectionCountLimit = 0,
            SmtpdClientConnectionRateLimit = 0,
            ReceiveOverrideOptions = overrideOptions.Split(','),
        },
    };

    // The installer sets chroot = n on every service, written out.
    private static readonly Service[] Services =
    [
        .. MasterCf.Stock.Add(StockServices.Maildrop, StockServices.Uucp, StockServices.Ifmail, StockServices.Bsmtp, StockServices.ScalemailBackend, StockServices.Mailman)
            .Services.Select(s => s.Name == "pickup" ? s with { Overrides = new() { ContentFilter = Amavis } } : s),
        Service.Inet("submission", "smtpd", overrides: Submission("postfix/submission", new() { SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt })),
        Service.Inet("465", "smtpd", overrides: Submission("postfix/smtps", new() { SmtpdTlsWrappermode = true })),
        Service.Pipe("dovecot", new PipeCommand("vmail:vmail", ["/usr/lib/dovecot/deliver", "-f", "${sender}", "-d", "${user}@${domain}", "-m", "${extension}"])
        {
            Flags = [PipeFlag.DeliveredTo, PipeFlag.ReturnPath, PipeFlag.LowerCaseHost],
        }),
        Service.Pipe("mlmmj", new PipeCommand("mlmmj:mlmmj", ["/usr/bin/mlmmj-amime-receive", "-L", "/var/vmail/mlmmj/${nexthop}"])
        {
            Flags = [PipeFlag.OriginalTo, PipeFlag.ReturnPath, PipeFlag.LowerCaseHost, PipeFlag.LowerCaseUser],
        }),
        new()
        {
            Name = "smtp-amavis", Type = ServiceType.Unix, MaxProcesses = 2, Command = "smtp",
            Overrides = new()
            {
                SyslogName = "postfix/amavis",
                LocalHeaderRewriteClients = [],
                SmtpDataDoneTimeout = PostfixTime.Bare(1200),
                SmtpSendXforwardCommand = true,
                SmtpDnsSupportLevel = DnsSupportLevel.Disabled,
                MaxUse = 20,
            },
        },
        Reinjection(10025, "no_header_body_checks,no_unknown_recipient_checks,no_address_mappings"),
        Reinjection(10028, "no_header_body_checks,no_unknown_recipient_checks"),
    ];

    public static CorpusCase Case { get; } = new(
        "iredmail",
        new MailHost { Name = "iredmail", MainCf = Main, MasterCf = new MasterCf { Services = Services.Select(s => s with { Chroot = false }).ToList() } },
        Tables:
        [
            new("helo_access.pcre", "helo_access.pcre", "pcre",
            [
                "localhost", "localhost.localdomain", "printer.local", "192.0.2.1", "gmail.com", "yahoo.co.jp", "dsldevice.lan",
                "host.adsl.example.net", "[192.0.2.1]", "o1.outbound-mail.sendgrid.net", "mail-eopbgr.outbound.protection.outlook.com",
                "c-192-0-2-1.dynamic.example.com", "pppoe-17.example.net", "mail.example.org", "mx.kornet", "zz.zj.cn",
            ]),
        ],
        ExpectedFindings: [],
        OriginalWarnings: [])
    {
        // The installer writes aliases, creates header_checks, body_checks.pcre and sender_access.pcre
        // empty for the administrator, and copies command_filter.pcre (whose results rewrite SMTP
        // commands, not header actions).
        SuppressedRules = ["PFX0310"],
    };
}
