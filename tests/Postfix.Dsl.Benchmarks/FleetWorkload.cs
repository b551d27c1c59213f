using System;
using System.Collections.Generic;
using System.Linq;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Benchmarks;

/// <summary>
/// The measured workload, made here so every run renders the same data: hosts with about 40 main.cf
/// parameters, the stock master.cf plus submission, a 10,000-entry access table and a 1,000-rule
/// header_checks table. By default both tables are the fleet's policy, one object every host
/// shares (as <c>samples/Fleet</c> does, and as an Ansible role's group variables are); with
/// <c>distinct</c>, every host has an access table of its own, the harder case.
/// Deterministic: host <c>i</c> is the same on every run and machine.
/// </summary>
public static class FleetWorkload
{
    public const int DefaultAccessEntries = 10_000;
    public const int HeaderRules = 1_000;

    /// <summary>The header checks every host shares (one object: validated once for the fleet).</summary>
    public static RegexpTable SharedHeaderChecks { get; } = HeaderChecks(HeaderRules);

    /// <summary><paramref name="count"/> hosts, <c>mx0000</c>, <c>mx0001</c>, …, made one at a time as they are enumerated.</summary>
    public static IEnumerable<MailHost> Hosts(int count, int accessEntries = DefaultAccessEntries, bool distinct = false)
    {
        var shared = distinct ? null : Access(null, accessEntries);
        return Enumerable.Range(0, count).Select(i => Host(i, shared ?? Access(i, accessEntries)));
    }

    /// <summary>Host <paramref name="index"/> of the fleet, with an access table of its own.</summary>
    public static MailHost Host(int index, int accessEntries = DefaultAccessEntries) => Host(index, Access(index, accessEntries));

    /// <summary>Host <paramref name="index"/> of the fleet, checking <paramref name="access"/>.</summary>
    public static MailHost Host(int index, AccessTable access)
    {
        var name = $"mx{index:D4}";
        return new MailHost
        {
            Name = name,
            MainCf = new Parameters
            {
                CompatibilityLevel = CompatibilityLevel.Level3_6,
                Myhostname = name + ".example.org",
                Mydomain = "example.org",
                Myorigin = "$mydomain",
                Mydestination = [],
                Mynetworks = ["127.0.0.0/8", "[::1]/128", $"10.{index % 250}.0.0/16"],
                RelayDomains = ["$mydomain", "lists.example.org", $"tenant{index}.example.net"],
                InetInterfaces = ["all"],
                SmtpdBanner = "$myhostname ESMTP",
                DisableVrfyCommand = true,
                SmtpdHeloRequired = true,
                StrictRfc821Envelopes = true,
                MessageSizeLimit = 52_428_800,
                MailboxSizeLimit = 0,
                SmtpdClientConnectionRateLimit = 30 + index % 20,
                SmtpdClientConnectionCountLimit = 20,
                SmtpdErrorSleepTime = PostfixTime.Seconds(1),
                SmtpdSoftErrorLimit = 10,
                SmtpdHardErrorLimit = 20,
                SmtpdRecipientLimit = 100,
                QueueRunDelay = PostfixTime.Seconds(300),
                MinimalBackoffTime = PostfixTime.Seconds(300),
                MaximalBackoffTime = PostfixTime.Seconds(4000),
                MaximalQueueLifetime = PostfixTime.Days(5),
                BounceQueueLifetime = PostfixTime.Days(5),
                SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.May,
                SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May,
                SmtpdTlsChainFiles = ["/etc/postfix/tls/chain.pem"],
                SmtpTlsLoglevel = 1,
                SmtpdTlsLoglevel = 1,
                SmtpdSaslAuthEnable = true,
                SmtpdSaslType = SaslServerType.Dovecot,
                SmtpdSaslPath = "private/auth",
                HeaderChecks = [SharedHeaderChecks],
                SmtpdRelayRestrictions = [PermitMynetworks, PermitSaslAuthenticated, RejectUnauthDestination],
                SmtpdClientRestrictions = [PermitMynetworks, RejectUnknownReverseClientHostname, CheckClientAccess(access), RejectRblClient("zen.spamhaus.org")],
                SmtpdHeloRestrictions = [PermitMynetworks, RejectInvalidHeloHostname, RejectNonFqdnHeloHostname],
                SmtpdSenderRestrictions = [RejectNonFqdnSender, RejectUnknownSenderDomain, CheckSenderAccess(access)],
                SmtpdRecipientRestrictions = [RejectNonFqdnRecipient, RejectUnknownRecipientDomain],
                SmtpdDataRestrictions = [RejectUnauthPipelining],
            },
            MasterCf = MasterCf.Stock.Add(new Service
            {
                Name = "submission",
                Type = ServiceType.Inet,
                Private = false,
                Command = "smtpd",
                Overrides = new()
                {
                    SyslogName = "postfix/submission",
                    SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt,
                    SmtpdSaslAuthEnable = true,
                    SmtpdTlsAuthOnly = true,
                    SmtpdClientRestrictions = [PermitSaslAuthenticated, Reject],
                },
            }),
        };
    }

    /// <summary>An access table: addresses and domains with OK, REJECT and REJECT with a text, as a block list grows; the fleet's own when <paramref name="host"/> is null.</summary>
    public static AccessTable Access(int? host, int entries) => new()
    {
        FileName = "access",
        Entries = Enumerable.Range(0, entries).Select(i => (i % 4) switch
        {
            0 => new AccessEntry(AccessKey.Address($"user{i}@sender{host ?? 0}-{i / 4}.example.com"), AccessAction.Reject()),
            1 => new AccessEntry(AccessKey.Domain($"spam{i}.example.net"), AccessAction.Reject("Mail from this domain is refused")),
            2 => new AccessEntry(AccessKey.Domain($"partner{i}.example.org"), AccessAction.Ok),
            _ => new AccessEntry(AccessKey.Address($"bulk{i}@offers{host ?? 0}.example"), AccessAction.Reject("Bulk mail refused, rule " + i)),
        }).ToArray(),
    };

    /// <summary>A header_checks table of <paramref name="rules"/> anchored rules: subjects, mailers and received lines.</summary>
    public static RegexpTable HeaderChecks(int rules) => new()
    {
        FileName = "header_checks",
        Rules = Enumerable.Range(0, rules).Select(i => (i % 3) switch
        {
            0 => new RegexpMatch($"^Subject: .*(offer|deal){i}[^a-z]", HeaderAction.Reject("Spam subject " + i)),
            1 => new RegexpMatch($"^X-Mailer: MassMailer{i}", HeaderAction.Discard()),
            _ => (RegexpRule)new RegexpMatch($"^Received: from [a-z]+\\.bulk{i}\\.example", HeaderAction.Reject("Bulk relay " + i)),
        }).ToArray(),
    };
}
