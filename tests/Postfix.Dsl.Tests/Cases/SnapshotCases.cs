#pragma warning disable PFX0300, PFX0301, PFX0302 // the obsolete restrictions are part of what is shown
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Reflection;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests;

/// <summary>
/// The focused hosts whose artifacts are snapshotted; the same hosts are judged by the real Postfix
/// (RealPostfix/). The name of a case is its snapshot folder.
/// </summary>
internal static class SnapshotCases
{
    /// <summary>A focused host and the files of it that the case is about (the ones snapshotted).</summary>
    public sealed record SnapshotCase(MailHost Host, string[] Files);

    /// <summary>The cases by name; built on first use, after the tables below are initialized.</summary>
    public static IReadOnlyDictionary<string, SnapshotCase> All => Cases.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, SnapshotCase>> Cases = new(() => new SortedDictionary<string, SnapshotCase>(StringComparer.Ordinal)
    {
        ["restrictions"] = new(Restrictions(), ["main.cf"]),
        ["access-actions"] = new(AccessActions(), ["access", "client_networks"]),
        ["address-tables"] = new(AddressTables(), ["main.cf", "sender_canonical", "generic", "relocated", "sender_logins", "sender_relayhosts", "recipient_bcc", "vmailbox"]),
        ["header-actions"] = new(HeaderActions(), ["header_checks", "header_checks.pcre"]),
        ["local-aliases"] = new(LocalAliases(), ["main.cf", "aliases"]),
        ["database-definitions"] = new(DatabaseDefinitions(), ["main.cf", "virtual_alias.cf", "ldap_virtual.cf", "pgsql_virtual.cf", "mysql_virtual.cf", "memcache_virtual.cf"]),
        ["master-overrides"] = new(MasterOverrides(), ["master.cf"]),
        ["modern-parts"] = new(ModernParts(), ["main.cf", "master.cf", "tls_policy", "sasl_passwd"]),
        ["stock"] = new(TestHosts.Minimal with { MasterCf = MasterCf.Stock }, ["master.cf"]),
        ["syslog-selectors"] = new(SyslogSelectors(), ["syslog.conf"]),
        ["transport-routes"] = new(TransportRoutes(), ["transport"]),
    });

    /// <summary>The table that restriction cases look up.</summary>
    public static AccessTable RestrictionTable { get; } = new() { FileName = "access", Entries = [new(AccessKey.Domain("spam.com"), AccessAction.Reject())] };

    /// <summary>Every restriction the DSL offers, in declaration order, with sample arguments.</summary>
    public static Restriction[] EveryRestriction() => typeof(Restrictions)
        .GetMembers(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m is PropertyInfo || (m is MethodInfo method && !method.IsSpecialName
            // The PolicyService overload writes what the string one does (tested with the Modern sample).
            && method.GetParameters().Single().ParameterType != typeof(PolicyService)))
        .OrderBy(m => m.MetadataToken)
        .Select(m => m switch
        {
            PropertyInfo property => (Restriction)property.GetValue(null)!,
            MethodInfo method => (Restriction)method.Invoke(null, [SampleArgument(method.GetParameters().Single())])!,
            _ => throw new InvalidOperationException(),
        })
        .ToArray();

    private static object SampleArgument(ParameterInfo parameter) => parameter.ParameterType == typeof(TableReference)
        ? RestrictionTable
        : parameter.ParameterType == typeof(int)
            ? 5
            : parameter.Name == "service" ? "inet:127.0.0.1:10023" : "zen.spamhaus.org";

    private static MailHost Restrictions() => TestHosts.Minimal with
    {
        MainCf = TestHosts.Minimal.MainCf with { SmtpdRecipientRestrictions = EveryRestriction() },
    };

    public static AccessTable EveryAccessAction { get; } = new()
    {
        FileName = "access",
        Entries =
        [
            new(AccessKey.Address("valide@domain.com"), AccessAction.Ok),
            new(AccessKey.Domain("spam.com"), AccessAction.Reject()),
            new(AccessKey.Domain("spam.net"), AccessAction.Reject("Spam from your domain is refused")),
            new(AccessKey.User("postmaster"), AccessAction.Dunno),
            new(AccessKey.IpPrefix("192.168"), AccessAction.Defer()),
            new(AccessKey.IpPrefix("10.1.2.3"), AccessAction.Defer("Try again later")),
            new(AccessKey.IpPrefix("2001:db8::1"), AccessAction.Reply(450, "4.7.1 Greylisted")),
            new(AccessKey.NullSender, AccessAction.Reply(550, "5.7.1 No bounces here")),
            new(AccessKey.Address("a@example.com"), AccessAction.DeferIfReject),
            new(AccessKey.Address("b@example.com"), AccessAction.DeferIfPermit),
            new(AccessKey.Address("c@example.com"), AccessAction.Hold("Held for review")),
            new(AccessKey.Address("d@example.com"), AccessAction.Discard()),
            new(AccessKey.Address("e@example.com"), AccessAction.Filter("smtp:[127.0.0.1]:10025")),
            new(AccessKey.Address("f@example.com"), AccessAction.Redirect("abuse@example.com")),
            new(AccessKey.Address("g@example.com"), AccessAction.Prepend("X-Checked: yes")),
            new(AccessKey.Address("h@example.com"), AccessAction.Warn("suspicious sender")),
            new(AccessKey.Address("i@example.com"), AccessAction.Info("known sender")),
            new(AccessKey.Address("j@example.com"), AccessAction.Bcc("archive@example.com")),
            new(AccessKey.Domain("example.org"), AccessAction.Restrict(RejectUnknownSenderDomain, RejectRblClient("zen.spamhaus.org"))),
        ],
    };

    public static AccessTable CidrTable { get; } = new()
    {
        FileName = "client_networks",
        Type = TableType.Cidr,
        Entries =
        [
            new(AccessKey.Cidr("192.168.0.0/24"), AccessAction.Ok),
            new(AccessKey.Cidr("2001:db8::/32"), AccessAction.Reject()),
        ],
    };

    private static MailHost AccessActions() => TestHosts.Minimal with
    {
        MainCf = TestHosts.Minimal.MainCf with { SmtpdClientRestrictions = [CheckClientAccess(CidrTable)], SmtpdSenderRestrictions = [CheckSenderAccess(EveryAccessAction)] },
    };

    public static RegexpTable EveryHeaderAction { get; } = new()
    {
        FileName = "header_checks",
        Rules =
        [
            new RegexpMatch("^postmaster@.*$", HeaderAction.Ok),
            new RegexpMatch("^To: foobar", HeaderAction.Reject()),
            new RegexpMatch("^Subject: .*viagra", HeaderAction.Reject("5.7.1 Spam")),
            new RegexpMatch(new Pattern("^X-Mailer: Bulk") { Flags = PatternFlags.CaseSensitive }, HeaderAction.Warn("bulk mailer")),
            new RegexpMatch(new Pattern("^Received: from .*/localhost") { Delimiter = '%' }, HeaderAction.Ignore),
            new RegexpMatch(new Pattern("^Content-Type: multipart.mixed") { Flags = PatternFlags.MultiLine | PatternFlags.BasicSyntax }, HeaderAction.Dunno),
            new RegexpIf("^Subject:",
            [
                new RegexpMatch("\\[SPAM\\]", HeaderAction.Hold("tagged as spam")),
                new RegexpMatch("lottery", HeaderAction.Discard()),
                new RegexpMatch(new Pattern("^Subject: .*[a-z]") { Negated = true, Flags = PatternFlags.CaseSensitive }, HeaderAction.Warn("shouting subject")),
            ]),
            new RegexpMatch("^X-Original-To: (.*)", HeaderAction.Prepend("X-Was-To: $1")),
            new RegexpMatch("^X-Spam-Flag: YES", HeaderAction.Replace("X-Spam-Flag: checked")),
            new RegexpMatch("^X-Forward-To:", HeaderAction.Redirect("review@example.com")),
            new RegexpMatch("^X-Scan-Me:", HeaderAction.Filter("smtp:[127.0.0.1]:10025")),
            new RegexpMatch("^X-Archive:", HeaderAction.Bcc("archive@example.com")),
            new RegexpMatch("^X-Info:", HeaderAction.Info("seen")),
            new RegexpMatch("^X-Trusted:", HeaderAction.Pass),
            new RegexpMatch("^X-Internal:", HeaderAction.Strip("internal header removed")),
        ],
    };

    public static RegexpTable PcreFlags { get; } = new()
    {
        FileName = "header_checks.pcre",
        Type = TableType.Pcre,
        Rules =
        [
            new RegexpMatch(
                new Pattern("^Subject: (?:free|cheap) pills")
                {
                    Flags = PatternFlags.CaseSensitive | PatternFlags.MultiLine | PatternFlags.DotExcludesNewline
                        | PatternFlags.FreeSpacing | PatternFlags.Anchored | PatternFlags.DollarEndOnly | PatternFlags.Ungreedy,
                },
                HeaderAction.Reject()),
        ],
    };

    private static MailHost HeaderActions() => TestHosts.Minimal with
    {
        MainCf = TestHosts.Minimal.MainCf with { HeaderChecks = [EveryHeaderAction], BodyChecks = [PcreFlags] },
    };

    /// <summary>Every key form and every route form of transport(5); "slow" is a service the case adds to master.cf.</summary>
    public static TransportTable EveryTransportRoute { get; } = new()
    {
        FileName = "transport",
        Entries =
        [
            new(TransportKey.Address("archive+legal@example.com"), TransportRoute.Via("slow", Nexthop.Host("archive.example.com"))),
            new(TransportKey.Address("archive@example.com"), TransportRoute.Via("slow")),
            new(TransportKey.Domain("internal.example"), TransportRoute.Unchanged),
            new(TransportKey.Subdomains("internal.example"), TransportRoute.Unchanged),
            new(TransportKey.Domain("gateway.example"), TransportRoute.To(Nexthop.Host("gateway.example.com"))),
            new(TransportKey.Domain("partner.example"), TransportRoute.Smtp(Nexthop.Mx("partner-mx.example"))),
            new(TransportKey.Domain("port.example"), TransportRoute.Smtp(Nexthop.Mx("bar.example", 2025))),
            new(TransportKey.Domain("mailstore.example"), TransportRoute.Relay(Nexthop.Host("mailstore.example.com", 25))),
            new(TransportKey.Domain("v4.example"), TransportRoute.Smtp(Nexthop.Address(IPAddress.Parse("192.0.2.10")))),
            new(TransportKey.Domain("v4port.example"), TransportRoute.Smtp(Nexthop.Address(IPAddress.Parse("192.0.2.10"), 10025))),
            new(TransportKey.Domain("v6.example"), TransportRoute.Smtp(Nexthop.Address(IPAddress.Parse("2001:db8::25")))),
            new(TransportKey.Domain("v6port.example"), TransportRoute.Smtp(Nexthop.Address(IPAddress.Parse("2001:db8::25"), 2525))),
            new(TransportKey.Domain("direct.example"), TransportRoute.Smtp()),
            new(TransportKey.Subdomains("old.example"), TransportRoute.Error("5.1.2 This domain no longer receives mail")),
            new(TransportKey.Domain("moving.example"), TransportRoute.Retry("4.3.2 Mailbox migration in progress")),
            new(TransportKey.Wildcard, TransportRoute.Smtp(Nexthop.Host("outbound.example.com"))),
        ],
    };

    private static MailHost TransportRoutes() => TestHosts.Minimal with
    {
        MainCf = TestHosts.Minimal.MainCf with { TransportMaps = [EveryTransportRoute] },
        MasterCf = MasterCf.Stock.Add(new Service { Name = "slow", Type = ServiceType.Unix, MaxProcesses = 1, Command = "smtp" }),
    };

    /// <summary>Every typed part of a modern host, each in all its forms: milters, policy services, DNS list sites, TLS protocols, key pairs, TLS policies, secrets, submission presets.</summary>
    private static MailHost ModernParts()
    {
        var spawned = PolicyService.Spawn("greylist", "nobody", ["/usr/sbin/postgrey", "--unix=/dev/stdin"]);
        var policies = new TlsPolicyTable
        {
            FileName = "tls_policy",
            Entries =
            [
                new(TlsPolicyDestination.For("example.com"), new TlsPolicy(SmtpTlsSecurityLevel.Secure) { Match = [".example.com", "nexthop"], Protocols = TlsProtocols.AtLeast(TlsProtocol.TlsV1_2) }),
                new(TlsPolicyDestination.Subdomains("example.net"), new TlsPolicy(SmtpTlsSecurityLevel.Encrypt) { Ciphers = TlsCipherGrade.High, ConnectionReuse = true }),
                new(TlsPolicyDestination.Nexthop(Nexthop.Host("smtp.relay.example.net", 587)), new TlsPolicy(SmtpTlsSecurityLevel.Verify) { Match = ["hostname"] }),
                new(TlsPolicyDestination.For("legacy.example"), new TlsPolicy(SmtpTlsSecurityLevel.May) { Protocols = TlsProtocols.Excluding(TlsProtocol.SslV2, TlsProtocol.SslV3) }),
                new(TlsPolicyDestination.For("dane.example"), new TlsPolicy(SmtpTlsSecurityLevel.DaneOnly)),
            ],
        };
        var credentials = new SaslPasswordTable
        {
            FileName = "sasl_passwd",
            Entries =
            [
                new(Nexthop.Host("smtp.relay.example.net", 587), "mx@example.org", new Secret("relay-password")),
                new(Nexthop.Mx("backup.example.net"), "backup", new Secret("backup.password_2")),
            ],
        };
        return TestHosts.Minimal with
        {
            MainCf = TestHosts.Minimal.MainCf with
            {
                DisableVrfyCommand = true,
                SmtpdMilters =
                [
                    Milter.Inet("127.0.0.1", 8891),
                    Milter.Unix("/run/rspamd/milter.sock") with
                    {
                        ConnectTimeout = PostfixTime.Seconds(10), CommandTimeout = PostfixTime.Seconds(20), ContentTimeout = PostfixTime.Minutes(5),
                        DefaultAction = MilterDefaultAction.Tempfail, Protocol = 6,
                    },
                ],
                NonSmtpdMilters = [Milter.Unix("private/cleanup-milter") with { DefaultAction = MilterDefaultAction.Accept }],
                SmtpdRecipientRestrictions = [PermitMynetworks, RejectUnauthDestination, spawned.Check, CheckPolicyService(PolicyService.Inet("127.0.0.1", 10023)), CheckPolicyService(PolicyService.Unix("/var/spool/postfix/private/policy"))],
                PostscreenDnsblSites =
                [
                    new DnsblSite("zen.spamhaus.org") { Reply = "127.0.0.[2..11]", Weight = 3 },
                    new DnsblSite("b.barracudacentral.org") { Reply = "127.0.0.2" },
                    new DnsblSite("bl.spamcop.net") { Weight = 2 },
                    new DnsblSite("list.dnswl.org") { Reply = "127.0.[0..255].[1..3]", Weight = -2 },
                    new DnsblSite("dnsbl.example"),
                ],
                PostscreenDnsblThreshold = 3,
                SmtpdTlsChainFiles = TlsKeyPair.Files(
                    new TlsKeyPair("/etc/ssl/private/rsa.key", ["/etc/ssl/certs/rsa.pem", "/etc/ssl/certs/intermediate.pem"]),
                    new TlsKeyPair("/etc/ssl/private/ecdsa.key", "/etc/ssl/certs/ecdsa.fullchain.pem")),
                SmtpdTlsProtocols = TlsProtocols.Between(TlsProtocol.TlsV1_2, TlsProtocol.TlsV1_3),
                SmtpdTlsMandatoryProtocols = TlsProtocols.AtLeast(TlsProtocol.TlsV1_2),
                SmtpTlsProtocols = TlsProtocols.Excluding(TlsProtocol.SslV2, TlsProtocol.SslV3, TlsProtocol.TlsV1, TlsProtocol.TlsV1_1),
                LmtpTlsProtocols = TlsProtocols.AtLeast(TlsProtocol.TlsV1_3),
                SmtpTlsPolicyMaps = [policies, TlsPolicyMaps.MtaSts()],
                TransportMaps = [TableEndpoint.Tcp("127.0.0.1", 2527)],
                VirtualAliasMaps = [TableEndpoint.SocketmapUnix("/run/aliasd/socketmap.sock", "virtual")],
                SmtpSaslAuthEnable = true,
                SmtpSaslPasswordMaps = [credentials],
                SmtpdSaslType = SaslServerType.Dovecot,
                SmtpdSaslPath = "private/auth",
            },
            MasterCf = MasterCf.Stock.WithPostscreen().Add(
                Service.Submission(),
                Service.Submissions(o => o with { SyslogName = "postfix/smtps", SmtpdSenderRestrictions = [RejectNonFqdnSender] }),
                spawned.Service!),
        };
    }

    /// <summary>canonical(5), generic(5), relocated(5), sender login, sender relay host and bcc tables, each key kind at least once.</summary>
    private static MailHost AddressTables() => TestHosts.Minimal with
    {
        MainCf = TestHosts.Minimal.MainCf with
        {
            DisableVrfyCommand = true,
            SenderCanonicalMaps = [new CanonicalTable { FileName = "sender_canonical", Entries = [new("alice@example.org", "alice.smith@example.org"), new(AddressKey.Domain("old.example.org"), "@example.org")] }],
            SmtpGenericMaps = [new CanonicalTable { FileName = "generic", Entries = [new(AddressKey.User("root"), "admin@example.org"), new(AddressKey.Domain("localdomain"), "@example.org")] }],
            RelocatedMaps = [new RelocatedTable { FileName = "relocated", Entries = [new("carol@example.org", "carol@example.net"), new(AddressKey.Domain("legacy.example.org"), "Write to info@example.org")] }],
            SmtpdSenderLoginMaps = [new SenderLoginTable { FileName = "sender_logins", Entries = [new("alice@example.org", ["alice"]), new(AddressKey.Domain("example.net"), ["alice", "bob"])] }],
            SenderDependentRelayhostMaps = [new SenderRelayhostTable
            {
                FileName = "sender_relayhosts",
                Entries = [new(AddressKey.Domain("example.net"), Nexthop.Host("smtp.example.net", 587)), new("news@example.org", Nexthop.Mx("bulk.example.org"))],
            }],
            RecipientBccMaps = [new BccTable { FileName = "recipient_bcc", Entries = [new("ceo@example.org", "archive@example.org"), new(AddressKey.Domain("legal.example.org"), "legal-archive@example.org")] }],
            VirtualMailboxBase = "/var/mail/vhosts",
            VirtualMailboxMaps = [new VirtualMailboxTable
            {
                FileName = "vmailbox",
                Entries =
                [
                    new(MailboxKey.Domain("hosted.example"), null),
                    new("alice@hosted.example", Mailbox.Maildir("hosted.example/alice")),
                    new("bob@hosted.example", Mailbox.Mbox("hosted.example/bob")),
                    new(MailboxKey.CatchAll("hosted.example"), Mailbox.Maildir("hosted.example/catchall/")),
                ],
            }],
            VirtualUidMaps = ["static:5000"],
            VirtualGidMaps = ["static:5000"],
        },
    };

    /// <summary>An aliases(5) table with every kind of target, where alias_maps and alias_database point.</summary>
    private static MailHost LocalAliases()
    {
        var aliases = new AliasTable
        {
            FileName = "aliases",
            Entries =
            [
                new AliasEntry("postmaster", ["root"]),
                new AliasEntry("abuse", ["admin@example.org", "root"]),
                new AliasEntry("staff", [AliasTarget.Include("/etc/postfix/lists/staff")]),
                new AliasEntry("archive", [AliasTarget.File("/var/mail/archive") with { Intended = true }]),
                new AliasEntry("lists", [AliasTarget.Command("/usr/lib/mailman/mail/mailman post lists") with { Intended = true }]),
                new AliasEntry("bounces", [AliasTarget.Command("/usr/local/bin/bounce-handler") with { Intended = true }, "root"]),
            ],
        };
        return TestHosts.Minimal with { MainCf = TestHosts.Minimal.MainCf with { DisableVrfyCommand = true, AliasMaps = [aliases], AliasDatabase = [aliases] } };
    }

    /// <summary>sqlite_table(5), ldap_table(5), pgsql_table(5) (read through proxymap), mysql_table(5) and memcache_table(5) definitions with every setting, as virtual_alias_maps.</summary>
    private static MailHost DatabaseDefinitions() => TestHosts.Minimal with
    {
        MainCf = TestHosts.Minimal.MainCf with
        {
            DisableVrfyCommand = true,
            VirtualAliasMaps =
            [
                new SqliteTable
                {
                    FileName = "virtual_alias.cf",
                    DatabasePath = "/var/lib/postfix/mail.sqlite",
                    Query = "SELECT goto FROM alias WHERE address='%s' AND active = 1",
                    ResultFormat = "%s",
                    Domains = ["example.org", "example.net"],
                    ExpansionLimit = 100,
                },
                new LdapTable
                {
                    FileName = "ldap_virtual.cf",
                    ServerHosts = ["ldap://ldap.example.org", "ldaps://ldap2.example.org:636"],
                    SearchBase = "ou=people,dc=example,dc=org",
                    QueryFilter = "(&(mail=%s)(accountStatus=active))",
                    ResultAttributes = ["maildrop", "mail"],
                    ResultFormat = "%s",
                    Domains = ["example.org"],
                    Scope = LdapScope.Sub,
                    BindDn = "cn=postfix,dc=example,dc=org",
                    BindPassword = new Secret("ldap-postfix"),
                    StartTls = true,
                    TlsCaCertFile = "/etc/ssl/certs/ca-certificates.crt",
                    TlsRequireCert = true,
                },
                new PgsqlTable
                {
                    FileName = "pgsql_virtual.cf",
                    Hosts = [SqlHost.Inet("db1.example.org", 5432), SqlHost.Unix("/run/postgresql")],
                    DatabaseName = "mail",
                    User = "postfix",
                    Password = new Secret("pgsql-postfix"),
                    Query = "SELECT goto FROM alias WHERE local_part = '%u' AND domain = '%d' AND active",
                    Domains = ["example.org"],
                    ExpansionLimit = 1,
                    Proxied = true,
                },
                new MysqlTable
                {
                    FileName = "mysql_virtual.cf",
                    Hosts = [SqlHost.Inet("127.0.0.1")],
                    DatabaseName = "mail",
                    User = "postfix",
                    Password = new Secret("mysql-postfix"),
                    Query = "SELECT goto FROM alias WHERE address = '%s' AND active = 1",
                    OptionFile = "/etc/postfix/mysql-client.cnf",
                    TlsCaFile = "/etc/ssl/certs/ca-certificates.crt",
                    TlsCertFile = "/etc/postfix/mysql-client.pem",
                    TlsKeyFile = "/etc/postfix/mysql-client.key",
                    TlsVerifyCert = true,
                },
                new MemcacheTable
                {
                    FileName = "memcache_virtual.cf",
                    Server = MemcacheServer.Inet("127.0.0.1"),
                    Backup = "btree:/var/lib/postfix/virtual_alias_cache",
                    KeyFormat = "virtual:%s",
                    Domains = ["example.org"],
                    TimeToLive = 600,
                    Flags = 0,
                },
            ],
        },
    };

    private static MailHost MasterOverrides() => TestHosts.Minimal with
    {
        MasterCf = new MasterCf
        {
            Services =
            [
                new()
                {
                    Name = "submission", Type = ServiceType.Inet, Private = false, Chroot = true, Command = "smtpd",
                    Overrides = new()
                    {
                        SyslogName = "postfix/submission",
                        SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt,
                        SmtpdSaslAuthEnable = true,
                        SmtpdRelayRestrictions = [PermitSaslAuthenticated, Reject],
                        SmtpdRejectFooter = "Contact postmaster@example.com",
                    },
                },
                new() { Name = "127.0.0.1:10025", Type = ServiceType.Inet, Private = false, MaxProcesses = 0, Command = "smtpd", Overrides = new() { ContentFilter = "" } },
                new() { Name = "pickup", Type = ServiceType.Unix, Private = false, Wakeup = Wakeup.Every(60), MaxProcesses = 1, Command = "pickup" },
                new() { Name = "flush", Type = ServiceType.Unix, Private = false, Wakeup = Wakeup.EveryOnceUsed(1000), MaxProcesses = 0, Command = "flush" },
                new() { Name = "postlog", Type = ServiceType.UnixDgram, Private = false, Chroot = false, MaxProcesses = 1, Command = "postlogd" },
                new()
                {
                    Name = "spamfilter", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "pipe",
                    Arguments = ["flags=Rq", "user=filter", "argv=/usr/local/bin/filter", "-f", "${sender}", "--", "${recipient}", "two words"],
                },
                StockServices.Mailman,
            ],
        },
    };

    private static MailHost SyslogSelectors() => TestHosts.Minimal with
    {
        SyslogConf = new SyslogConf
        {
            Rules =
            [
                new() { Selectors = [SyslogSelector.Of(SyslogFacility.Mail, SyslogPriority.All)], File = "/var/log/mail.log", Sync = false },
                new() { Selectors = [new() { Facilities = [SyslogFacility.Mail], Priority = SyslogPriority.Info, Match = PriorityMatch.Exactly }], File = "/var/log/mail.info.only" },
                new() { Selectors = [new() { Facilities = [SyslogFacility.Mail], Priority = SyslogPriority.Warning, Match = PriorityMatch.Below }], File = "/var/log/mail.below-warn" },
                new() { Selectors = [new() { Facilities = [SyslogFacility.Mail], Priority = SyslogPriority.Debug, Match = PriorityMatch.AllBut }], File = "/var/log/mail.nodebug" },
                new() { Selectors = [new() { Facilities = [SyslogFacility.Mail, SyslogFacility.Local0], Priority = SyslogPriority.Err }], File = "/var/log/mail-and-local0.err" },
                new()
                {
                    Selectors = [new() { Priority = SyslogPriority.Info }, new() { Facilities = [SyslogFacility.Mail, SyslogFacility.Authpriv], Priority = SyslogPriority.None }],
                    File = "/var/log/messages",
                },
            ],
        },
    };
}
