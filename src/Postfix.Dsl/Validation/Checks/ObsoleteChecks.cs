namespace Postfix.Dsl;

/// <summary>
/// Checks for obsolete parameters (PFX0301; the catalog's replacement column says which) and
/// pre-2.10 master.cf forms (PFX0302).
/// </summary>
internal static class ObsoleteChecks
{
    public static void Check(ValidationContext context)
    {
        CheckParameters(context, context.Host.MainCf, "main.cf", string.Empty);
        foreach (var service in context.Host.MasterCf.Services)
        {
            var location = ServiceLocation.Of(service);
            CheckParameters(context, service.Overrides, "master.cf", location + " -o ");
#pragma warning disable PFX0302 // detecting the obsolete type is the point
            if (service.Type == ServiceType.Fifo)
#pragma warning restore PFX0302
            {
                context.Report(ValidationRules.ObsoleteServiceForm, "master.cf", location, "fifo", RuleTexts.FifoService());
            }

            if (ObsoleteServiceForms.ModernCommand(service.Command) is { } modern)
            {
                context.Report(ValidationRules.ObsoleteServiceForm, "master.cf", location, service.Command, RuleTexts.OldCommand(modern));
            }
        }
    }

    private static void CheckParameters(ValidationContext context, Parameters parameters, string artifact, string locationPrefix)
    {
        foreach (var setting in parameters.Settings)
        {
            if (setting.Descriptor.Replacement is { } replacement)
            {
                context.Report(ValidationRules.ObsoleteParameter, artifact, locationPrefix + setting.Name,
                    ParameterText.Of(setting, context.Host.ConfigDirectory).SingleLine, RuleTexts.ObsoleteParameter(setting.Name, replacement));
            }
        }
    }
}
