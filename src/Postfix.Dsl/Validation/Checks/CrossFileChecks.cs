using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Rules that compare one file of the host with another, so only the whole host can answer them
/// (emit time only): tables no one uses or no one writes (PFX0309, PFX0310), syslog.conf against
/// syslog_facility (PFX0311), -o overrides that shadow main.cf (PFX0312), milter settings without
/// milters (PFX0313).
/// </summary>
internal static class CrossFileChecks
{
    public static void Check(ValidationContext context)
    {
        var host = context.Host;
        TableUsage.Check(context);
        CheckSyslogFacility(context, host);
        CheckOverrides(context, host);
        CheckMilters(context, host.MainCf);
        CheckPostscreen(context, host);
    }

    private static void CheckSyslogFacility(ValidationContext context, MailHost host)
    {
        if (host.SyslogConf is null)
        {
            return; // the default rules are written for the facility
        }

        var facility = host.MainCf.SyslogFacility ?? SyslogFacility.Mail;
        var selected = host.SyslogConf.Rules.SelectMany(r => r.Selectors)
            .Any(s => s.Priority != SyslogPriority.None && (s.Facilities.Count == 0 || s.Facilities.Contains(facility)));
        if (!selected)
        {
            var name = EnumText.Of(facility);
            context.Report(ValidationRules.SyslogFacilityMismatch, "syslog.conf", "rules", string.Join(", ", host.SyslogConf.Rules.Select(r => r.File)),
                $"never select the facility {name} that Postfix logs to (syslog_facility), so its log is lost",
                $"a rule for {name}, e.g. SyslogSelector.Of(SyslogFacility.{facility}, SyslogPriority.Info), or SyslogFacility set to the facility the rules select");
        }
    }

    private static void CheckOverrides(ValidationContext context, MailHost host)
    {
        // The last definition wins in main.cf, as in Postfix (a name given twice is PFX0203 anyway).
        var main = host.MainCf.Settings
            .GroupBy(s => s.Name)
            .ToDictionary(g => g.Key, g => ParameterText.Of(g.Last(), host.ConfigDirectory).SingleLine);
        foreach (var service in host.MasterCf.Services)
        {
            foreach (var setting in service.Overrides.Settings)
            {
                var value = ParameterText.Of(setting, host.ConfigDirectory).SingleLine;
                if (main.TryGetValue(setting.Name, out var mainValue) && mainValue != value)
                {
                    context.Report(ValidationRules.OverrideShadowsMainCf, "master.cf", ServiceLocation.Overrides(service) + setting.Name, value,
                        $"replaces main.cf's \"{mainValue}\" for this service only; a later change in main.cf will not reach it",
                        "the override only where the service must differ (this note is informational)");
                }
            }
        }
    }

    private static void CheckMilters(ValidationContext context, Parameters main)
    {
        if (main.SmtpdMilters is { Count: > 0 } || main.NonSmtpdMilters is { Count: > 0 })
        {
            return;
        }

        foreach (var setting in main.Settings.Where(s => s.Name.StartsWith("milter_", System.StringComparison.Ordinal)))
        {
            context.Report(ValidationRules.MilterSettingsWithoutMilters, "main.cf", setting.Name, ParameterText.Of(setting, context.Host.ConfigDirectory).SingleLine,
                "configures milters, but neither smtpd_milters nor non_smtpd_milters lists one, so it has no effect",
                "SmtpdMilters = [\"inet:localhost:8891\"] (or NonSmtpdMilters), or no milter_* setting");
        }
    }

    private static void CheckPostscreen(ValidationContext context, MailHost host)
    {
        if (host.MasterCf.Services.Any(s => s.Command == "postscreen"))
        {
            return;
        }

        foreach (var setting in host.MainCf.Settings.Where(s => s.Name.StartsWith("postscreen_", System.StringComparison.Ordinal)))
        {
            context.Report(ValidationRules.PostscreenSettingsWithoutService, "main.cf", setting.Name, ParameterText.Of(setting, context.Host.ConfigDirectory).SingleLine,
                "configures postscreen, but master.cf runs no postscreen service, so it has no effect",
                "the postscreen services in master.cf (smtp inet n - y - 1 postscreen, smtpd pass, dnsblog, tlsproxy), or no postscreen_* setting");
        }
    }
}
