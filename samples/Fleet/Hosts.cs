using Postfix.Dsl;
using static Postfix.Dsl.Restrictions;

namespace Fleet;

/// <summary>The three hosts: each is the shared policy plus what makes it different.</summary>
public static class Hosts
{
    /// <summary>The primary MX.</summary>
    [PostfixHost]
    public static MailHost Mx1 { get; } = Policy.Inbound with
    {
        Name = "mx1",
        MainCf = Policy.Inbound.MainCf with { Myhostname = "mx1.example.org" },
    };

    /// <summary>The secondary MX: same policy, but it takes the overflow, so it throttles harder.</summary>
    [PostfixHost]
    public static MailHost Mx2 { get; } = Policy.Inbound with
    {
        Name = "mx2",
        MainCf = Policy.Inbound.MainCf with
        {
            Myhostname = "mx2.example.org",
            SmtpdClientConnectionRateLimit = 30,
        },
    };

    /// <summary>
    /// The outbound relay: the office networks and authenticated users send through it; it checks
    /// the same blocked senders and headers, and never accepts mail from outside for local delivery.
    /// </summary>
    [PostfixHost]
    public static MailHost Relay { get; } = new()
    {
        Name = "relay",
        MainCf = Policy.Baseline with
        {
            Myhostname = "relay.example.org",
            Mydestination = [],
            Mynetworks = ["127.0.0.0/8", "[::1]/128", Policy.OfficeNetworks],
            SmtpdRelayRestrictions = [PermitMynetworks, PermitSaslAuthenticated, RejectUnauthDestination],
            SmtpdSaslAuthEnable = true,
            SmtpdSaslType = SaslServerType.Dovecot,
            SmtpdSaslPath = "private/auth",
            SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.Encrypt,
        },
        // The submission port for authenticated users, with TLS required before AUTH.
        MasterCf = MasterCf.Stock.Add(new Service
        {
            Name = "submission",
            Type = ServiceType.Inet,
            Private = false,
            Command = "smtpd",
            Overrides = new() { SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt, SmtpdTlsAuthOnly = true },
        }),
    };
}
