using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// What a policy means beyond its syntax, in main.cf and in every service's <c>-o</c> overrides:
/// DANE without DNSSEC (PFX0316), header patterns that cannot match a header line (PFX0317), OK in
/// header or body checks (PFX0319), submission services that do not require TLS and authentication
/// (PFX0321) and smtpd pass services without postscreen (PFX0322). The predicates live in
/// <c>Predicates/</c>, shared with the analyzers.
/// </summary>
internal static class PolicySemanticsChecks
{
    public static void Check(ValidationContext context)
    {
        var host = context.Host;
        CheckDane(context, host.MainCf, "main.cf", string.Empty, host.MainCf);
        foreach (var service in host.MasterCf.Services.Where(s => !s.Overrides.IsEmpty))
        {
            CheckDane(context, service.Overrides, "master.cf", ServiceLocation.Overrides(service), host.MainCf);
        }

        CheckContentTables(context);
        CheckSubmission(context);
        CheckPass(context);
    }

    private static void CheckDane(ValidationContext context, Parameters parameters, string artifact, string prefix, Parameters mainCf)
    {
        if (!ReferenceEquals(parameters, mainCf) && parameters.SmtpTlsSecurityLevel is null && parameters.SmtpDnsSupportLevel is null)
        {
            return; // a service that changes neither inherits main.cf's verdict
        }

        var level = Text(parameters.SmtpTlsSecurityLevel ?? mainCf.SmtpTlsSecurityLevel);
        var dns = Text(parameters.SmtpDnsSupportLevel ?? mainCf.SmtpDnsSupportLevel);
        if (DanePrerequisite.IsMissing(level, dns))
        {
            context.Report(ValidationRules.DaneWithoutDnssec, artifact, prefix + "smtp_dns_support_level", dns ?? "(unset: disabled)", RuleTexts.DaneWithoutDnssec(level!));
        }
    }

    private static string? Text<T>(PostfixValue<T>? value)
        where T : struct, System.Enum =>
        value?.Literal is { } literal ? EnumText.Of(literal) : null;

    private static void CheckContentTables(ValidationContext context)
    {
        // One set per kind of check, not a set of (table, bool) value tuples (compiled at run time).
        var seenHeader = new HashSet<RegexpTable>();
        var seenBody = new HashSet<RegexpTable>();
        foreach (var parameters in AllParameters(context.Host))
        {
            foreach (var setting in parameters.Settings)
            {
                var header = ContentCheckParameters.Header.Contains(setting.Name);
                if ((!header && !ContentCheckParameters.Body.Contains(setting.Name)) || setting.Value is not IReadOnlyList<TableReference> tables)
                {
                    continue;
                }

                foreach (var table in tables.OfType<RegexpTable>())
                {
                    if ((header ? seenHeader : seenBody).Add(table))
                    {
                        // The rules alone decide: a fleet's shared header checks are checked once, not once per host.
                        context.Once(table, header ? HeaderScope : BodyScope, own => CheckRules(own, table, table.Rules, header));
                    }
                }
            }
        }
    }

    private static readonly object HeaderScope = "content checks of headers";
    private static readonly object BodyScope = "content checks of bodies";

    private static void CheckRules(ValidationContext context, RegexpTable table, IReadOnlyList<RegexpRule> rules, bool header)
    {
        foreach (var rule in rules)
        {
            var pattern = rule switch
            {
                RegexpMatch match => match.Pattern,
                RegexpIf block => block.Pattern,
                _ => null,
            };
            if (pattern is null)
            {
                continue;
            }

            var location = "pattern " + pattern.Text;
            if (header && !pattern.Negated && HeaderLinePatterns.NeverMatches(pattern.Text) is { } reason)
            {
                context.Report(ValidationRules.HeaderPatternNeverMatches, table.FileName, location, pattern.Text, RuleTexts.HeaderPatternNeverMatches(reason));
            }

            if (rule is RegexpMatch { Action.Keyword: "OK" })
            {
                context.Report(ValidationRules.OkInContentChecks, table.FileName, location, "OK", RuleTexts.OkInContentChecks());
            }

            if (rule is RegexpIf nested)
            {
                CheckRules(context, table, nested.Rules, header);
            }
        }
    }

    private static void CheckSubmission(ValidationContext context)
    {
        var mainCf = context.Host.MainCf;
        foreach (var service in context.Host.MasterCf.Services)
        {
            if (service.Type != ServiceType.Inet || service.Command != "smtpd" || !SubmissionRequirements.IsSubmissionPort(service.Name))
            {
                continue;
            }

            var overrides = service.Overrides;
            var missing = SubmissionRequirements.Missing(
                (overrides.SmtpdTlsWrappermode ?? mainCf.SmtpdTlsWrappermode)?.Literal == true,
                (overrides.SmtpdTlsSecurityLevel ?? mainCf.SmtpdTlsSecurityLevel)?.Literal is { } level ? EnumText.Of(level) : null,
                (overrides.SmtpdSaslAuthEnable ?? mainCf.SmtpdSaslAuthEnable)?.Literal == true);
            if (missing is not null)
            {
                context.Report(ValidationRules.SubmissionWithoutTlsOrAuth, "master.cf", ServiceLocation.Of(service), service.Name, RuleTexts.SubmissionWithoutTlsOrAuth(missing));
            }
        }
    }

    private static void CheckPass(ValidationContext context)
    {
        var services = context.Host.MasterCf.Services;
        if (services.Any(s => s.Type == ServiceType.Inet && s.Command == "postscreen"))
        {
            return;
        }

        foreach (var service in services.Where(s => s.Type == ServiceType.Pass && s.Command == "smtpd"))
        {
            context.Report(ValidationRules.PassWithoutPostscreen, "master.cf", ServiceLocation.Of(service), service.Name, RuleTexts.PassWithoutPostscreen());
        }
    }

    private static IEnumerable<Parameters> AllParameters(MailHost host) =>
        host.MasterCf.Services.Select(s => s.Overrides).Prepend(host.MainCf);
}
