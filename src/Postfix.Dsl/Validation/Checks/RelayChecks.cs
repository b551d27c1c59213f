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
            main.SmtpdRelayRestrictions?.Select(r => r.Name), main.SmtpdRecipientRestrictions?.Select(r => r.Name),
            belowLevel1: main.CompatibilityLevel is null or CompatibilityLevel.Level0,
            overrides?.SmtpdRelayRestrictions?.Select(r => r.Name), overrides?.SmtpdRecipientRestrictions?.Select(r => r.Name));
        if (RelayProtection.IsOpen(relay, recipient))
        {
            context.Report(ValidationRules.OpenRelay, artifact, location, string.Join(", ", relay.Concat(recipient)), RuleTexts.OpenRelay());
        }
    }
}
