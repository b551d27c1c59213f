using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Rules that compare one file of the host with another, so only the whole host can answer them
/// (emit time only): tables no one uses or no one writes (PFX0309, PFX0310), syslog.conf against
/// syslog_facility (PFX0311), -o overrides that weaken main.cf's protection (PFX0312), milter settings without
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
        if (host.SyslogConf is null || host.MainCf.SyslogFacility is { IsExpansion: true })
        {
            return; // no rules, or a facility only Postfix computes
        }

        var facility = host.MainCf.SyslogFacility?.Literal ?? SyslogFacility.Mail;
        var selected = host.SyslogConf.Rules.SelectMany(r => r.Selectors)
            .Any(s => s.Priority != SyslogPriority.None && Selects(s.Facilities, facility));
        if (!selected)
        {
            var name = EnumText.Of(facility);
            context.Report(ValidationRules.SyslogFacilityMismatch, "syslog.conf", "rules", string.Join(", ", host.SyslogConf.Rules.Select(r => r.File)),
                $"never select the facility {name} that Postfix logs to (syslog_facility), so its log is lost",
                $"a rule for {name}, e.g. SyslogSelector.Of(SyslogFacility.{facility}, SyslogPriority.Info), or SyslogFacility set to the facility the rules select");
        }
    }

    // A loop, not Enumerable.Contains: LINQ and the equality comparer over an enum of ours have no
    // precompiled code (six methods a short emitter compiled for this one test).
    private static bool Selects(IReadOnlyList<SyslogFacility> facilities, SyslogFacility facility)
    {
        if (facilities.Count == 0)
        {
            return true;
        }

        for (var i = 0; i < facilities.Count; i++)
        {
            if (facilities[i] == facility)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckOverrides(ValidationContext context, MailHost host)
    {
        // The last definition wins in main.cf, as in Postfix (a name given twice is PFX0203 anyway). Made
        // when the first override that can weaken it is met: most services override nothing of the kind.
        Dictionary<string, ParameterSetting>? main = null;
        foreach (var service in host.MasterCf.Services)
        {
            foreach (var setting in service.Overrides.InModelOrder)
            {
                if (!OverrideWeakening.Applies(setting.Name, service))
                {
                    continue;
                }

                main ??= ByName(HostParameters.MainCf(host));
                if (OverrideWeakening.Problem(setting, main.GetValueOrDefault(setting.Name), host.ConfigDirectory) is { } problem)
                {
                    context.Report(ValidationRules.OverrideWeakensProtection, "master.cf", ServiceLocation.Overrides(service) + setting.Name,
                        ParameterText.Of(setting, host.ConfigDirectory).SingleLine, problem + " for this service only",
                        "main.cf's protection for this service too, or the override acknowledged with [SuppressMessage(\"Postfix.Dsl\", \"PFX0312\", Justification = ...)] on the host");
                }
            }
        }
    }

    private static Dictionary<string, ParameterSetting> ByName(IReadOnlyList<ParameterSetting> settings)
    {
        var byName = new Dictionary<string, ParameterSetting>(settings.Count, System.StringComparer.Ordinal);
        foreach (var setting in settings)
        {
            byName[setting.Name] = setting;
        }

        return byName;
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
