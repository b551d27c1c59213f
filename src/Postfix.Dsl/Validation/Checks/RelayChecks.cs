using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Postfix refuses to run smtpd unless smtpd_relay_restrictions or smtpd_recipient_restrictions
/// holds a restriction that stops relaying; without one, a host is an open relay or doesn't start.
/// Checked for main.cf and for every smtpd service with its <c>-o</c> overrides.
/// </summary>
internal static class RelayChecks
{
    public static void Check(ValidationContext context)
    {
        var main = context.Host.MainCf;
        CheckEffective(context, "main.cf", RuleTexts.RelayLocation, main, overrides: null);
        foreach (var service in context.Host.MasterCf.Services.Where(s => s.Command == "smtpd"))
        {
            if (service.Overrides.SmtpdRelayRestrictions is not null || service.Overrides.SmtpdRecipientRestrictions is not null)
            {
                CheckEffective(context, "master.cf", ServiceLocation.Overrides(service) + RuleTexts.RelayLocation, main, service.Overrides);
            }
        }
    }

    private static void CheckEffective(ValidationContext context, string artifact, string location, Parameters main, Parameters? overrides)
    {
        var (relay, recipient) = RelayProtection.Effective(
            Names(main.SmtpdRelayRestrictions), Names(main.SmtpdRecipientRestrictions),
            // A level only Postfix computes counts as the lowest, whose built-in relay list is empty.
            belowLevel1: main.CompatibilityLevel?.Literal is null or CompatibilityLevel.Level0,
            Names(overrides?.SmtpdRelayRestrictions), Names(overrides?.SmtpdRecipientRestrictions));
        if (RelayProtection.IsOpen(relay, recipient))
        {
            context.Report(ValidationRules.OpenRelay, artifact, location, string.Join(", ", relay.Concat(recipient)), RuleTexts.OpenRelay());
        }
    }

    // A list of the host's own ($mua_sender_restrictions) or a restriction class counts by what it holds.
    private static System.Collections.Generic.IEnumerable<string>? Names(System.Collections.Generic.IReadOnlyList<Restriction>? restrictions) =>
        restrictions?.SelectMany(r => r.Expanded()).Select(r => r.Name);
}
