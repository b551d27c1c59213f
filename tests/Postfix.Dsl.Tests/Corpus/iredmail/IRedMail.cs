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
            new RegexpAccess(@"^(localhost)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"^(localhost.localdomain)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(\.local)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"^([0-9\.]+)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server sent non RFC compliant HELO identity (${1})")),
            new RegexpAccess(@"^(126\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (${1})")),
            new RegexpAccess(@"^(sohu\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (${1})")),
            new RegexpAccess(@"^(gmail\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (${1})")),
            new RegexpAccess(@"^(google\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (${1})")),
            new RegexpAccess(@"^(yahoo\.com\.cn)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (${1})")),
            new RegexpAccess(@"^(yahoo\.co\.jp)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server seems to be impersonating another mail server (${1})")),
            new RegexpAccess(@"^(728154EA470B4AA\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(taj-co\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(CF8D3DB045C1455\.net)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(dsgsfdg\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(se\.nit7-ngbo\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(mail\.goo\.ne\.jp)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(n-ong_an\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(meqail\.teamefs-ine5tl\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(zzg\.jhf-sp\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(din_glo-ng\.net)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(fda-cnc\.ie\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(yrtaj-yrco\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(m\.am\.biz\.cn)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(xr_haig\.roup\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(hjn\.cn)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(we_blf\.com\.cn)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(netvigator\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(mysam\.biz)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(mail\.teams-intl\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(seningbo\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(nblf\.com\.cn)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(kdn\.ktguide\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(zzsp\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(nblongan\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(dpu\.cn)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(nbalton\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(cncie\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(xinhaigroup\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(wz\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"(\.zj\.cn)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"(\.kornet)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (${1})")),
            new RegexpAccess(@"^(dsldevice\.lan)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"^(system\.mail)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"^(speedtouch\.lan)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(\badsl\b)", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpAccess(@"^\[(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\]$", AccessAction.Ok),
            new RegexpAccess(@"\.outbound-(email|mail)\.sendgrid\.net$", AccessAction.Ok),
            new RegexpAccess(@"^\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\.mail-.*\.facebook\.com$", AccessAction.Ok),
            new RegexpAccess(@"^outbound-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\.pinterestmail\.com$", AccessAction.Ok),
            new RegexpAccess(@"\.outbound\.protection\.outlook\.com$", AccessAction.Ok),
            new RegexpAccess(@"^ec2-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\..*\.compute\.amazonaws\.com$", AccessAction.Ok),
            new RegexpAccess(@"^out\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\.mail\.qq\.com$", AccessAction.Ok),
            new RegexpAccess(@"(\d{1,3}[\.-]\d{1,3}[\.-]\d{1,3}[\.-]\d{1,3})", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpAccess(@"(\d{1,3}\.ip\.-\d{1,3}-\d{1,3}-\d{1,3}\.eu)", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpAccess(@"(pppoe)", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpAccess(@"(dsl\.brasiltelecom\.net\.br)", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpAccess(@"(dsl\.optinet\.hr)", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpAccess(@"(dsl\.telesp\.net\.br)", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpAccess(@"(dialup)", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpAccess(@"(dhcp)", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpAccess(@"(static-pool-[\d\.-]*\.flagman\.zp\.ua)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpAccess(@"(speedy\.com\.ar)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpAccess(@"(speedyterra\.com\.br)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpAccess(@"(static\.sbb\.rs)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpAccess(@"(static\.vsnl\.net\.in)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server appears to be on a dynamic IP address that should not be doing direct mail delivery (${1})")),
            new RegexpAccess(@"(advance\.com\.ar)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(airtelbroadband\.in)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(bb\.netvision\.net\.il)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(broadband3\.iol\.cz)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(cable\.net\.co)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(catv\.broadband\.hu)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(chello\.nl)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(chello\.sk)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(client\.mchsi\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(comunitel\.net)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(coprosys\.cz)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(dclient\.hispeed\.ch)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(dip0\.t-ipconnect\.de)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(domain\.invalid)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(dyn\.centurytel\.net)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(embarqhsd\.net)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(emcali\.net\.co)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(epm\.net\.co)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(fibertel\.com\.ar)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(freedom2surf\.net)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(hgcbroadband\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(HINET-IP\.hinet\.net)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(infonet\.by)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(is74\.ru)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(kievnet\.com\.ua)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(metrotel\.net\.co)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(nw\.nuvox\.net)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(pldt\.net)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(pool\.invitel\.hu)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(pool\.ukrtel\.net)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(pools\.arcor-ip\.net)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(pppoe\.avangarddsl\.ru)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(retail\.telecomitalia\.it)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(revip2\.asianet\.co\.th)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(tim\.ro)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(tsi\.tychy\.pl)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(ttnet\.net\.tr)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(tttmaxnet\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(user\.veloxzone\.com\.br)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(utk\.ru)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(veloxzone\.com\.br)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(virtua\.com\.br)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(wanamaroc\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(wbt\.ru)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(wireless\.iaw\.on\.ca)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(business\.telecomitalia\.it)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(cotas\.com\.bo)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(marunouchi\.tokyo\.ocn\.ne\.jp)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(amedex\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"(aageneva\.com)$", AccessAction.Reject("ACCESS DENIED. Your email was rejected because the sending mail server does not identify itself correctly (${1})")),
            new RegexpAccess(@"^ylmf-pc", AccessAction.Reject("ACCESS DENIED")),
            new RegexpAccess(@"(\.*wideragents\.com)$", AccessAction.Reject("ACCESS DENIED (${1})")),
            new RegexpAccess(@"(\.*resumekeep\.net)$", AccessAction.Reject("ACCESS DENIED (${1})")),
            new RegexpAccess(@"(\.*terracedrink\.com)$", AccessAction.Reject("ACCESS DENIED (${1})")),
            new RegexpAccess(@"(\.*sincemessage\.com)$", AccessAction.Reject("ACCESS DENIED (${1})")),
            new RegexpAccess(@"(\.*ordertranquility\.com)$", AccessAction.Reject("ACCESS DENIED (${1})")),
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
