using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Postfix refuses to run smtpd unless smtpd_relay_restrictions or smtpd_recipient_restrictions
/// holds a restriction that stops relaying; without one, a host is an open relay or doesn't start.
/// Checked for main.cf and for every smtpd service with its <c>-o</c> overrides.
/// </summary>
internal static class RelayChecks
{
    /// <summary>Postfix's built-in smtpd_relay_restrictions from compatibility level 1 on.</summary>
    private static readonly Restriction[] DefaultRelayRestrictions =
    [
        Restrictions.PermitMynetworks, Restrictions.PermitSaslAuthenticated, Restrictions.DeferUnauthDestination,
    ];

    public static void Check(ValidationContext context)
    {
        var main = context.Host.MainCf;
        CheckEffective(context, "main.cf", "smtpd_relay_restrictions/smtpd_recipient_restrictions", main, overrides: null);
        foreach (var service in context.Host.MasterCf.Services.Where(s => s.Command == "smtpd"))
        {
            if (service.Overrides.SmtpdRelayRestrictions is not null || service.Overrides.SmtpdRecipientRestrictions is not null)
            {
                CheckEffective(context, "master.cf", ServiceLocation.Overrides(service) + "smtpd_relay_restrictions/smtpd_recipient_restrictions", main, service.Overrides);
            }
        }
    }

    private static void CheckEffective(ValidationContext context, string artifact, string location, Parameters main, Parameters? overrides)
    {
        var relay = overrides?.SmtpdRelayRestrictions ?? main.SmtpdRelayRestrictions ?? BuiltInRelayRestrictions(main);
        var recipient = overrides?.SmtpdRecipientRestrictions ?? main.SmtpdRecipientRestrictions ?? [];
        if (!RelayProtection.IsOpen(relay.Select(r => r.Name), recipient.Select(r => r.Name), defaultRelayProtects: false))
        {
            return;
        }

        var shown = string.Join(", ", relay.Concat(recipient).Select(r => r.Name));
        context.Report(ValidationRules.OpenRelay, artifact, location, shown,
            "holds no restriction that stops relaying, so Postfix either relays for anyone or refuses to start smtpd",
            "reject_unauth_destination (or defer_unauth_destination, reject, defer, defer_if_permit) at the end of smtpd_relay_restrictions, e.g. [PermitMynetworks, PermitSaslAuthenticated, RejectUnauthDestination]");
    }

    /// <summary>Below compatibility level 1 Postfix's default smtpd_relay_restrictions is empty.</summary>
    private static IReadOnlyList<Restriction> BuiltInRelayRestrictions(Parameters main) =>
        main.CompatibilityLevel is null or CompatibilityLevel.Level0 ? [] : DefaultRelayRestrictions;
}
