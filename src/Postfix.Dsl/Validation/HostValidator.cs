using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Postfix.Dsl;

/// <summary>Runs every validation rule over a host. Nothing is written for a host with errors.</summary>
public static partial class HostValidator
{
    /// <summary>Every problem of <paramref name="host"/>, errors and warnings, in model order; empty when there is nothing to say.</summary>
    public static IReadOnlyList<ValidationError> Validate(MailHost host)
    {
        var context = new ValidationContext(host);
        if (!HostNamePattern().IsMatch(host.Name))
        {
            context.Report(ValidationRules.InvalidFileName, "(host)", "name", host.Name,
                "cannot be used as the host's output folder name", "letters, digits, '.', '-' and '_', starting with a letter or digit, e.g. neptune");
        }

        ParameterChecks.Check(context, HostParameters.MainCf(host), "main.cf", string.Empty);
        UnlistedChecks.Check(context, host.MainCf, "main.cf", string.Empty);
        TransportChecks.Check(context);
        ReferenceChecks.Check(context);
        UndefinedReferenceChecks.Check(context);
        RelayChecks.Check(context);
        MasterCfChecks.Check(context);
        TableChecks.Check(context, HostTables.Collect(host));
        SyslogChecks.Check(context, HostSyslog.Effective(host));
        return context.Errors;
    }

    /// <summary>
    /// Throws <see cref="PostfixValidationException"/> with every problem when <paramref name="host"/>
    /// has an error; otherwise returns its warnings.
    /// </summary>
    public static IReadOnlyList<ValidationError> ThrowIfInvalid(MailHost host)
    {
        var problems = Validate(host);
        if (problems.Any(p => p.Rule.Severity == ValidationSeverity.Error))
        {
            throw new PostfixValidationException(problems);
        }

        return problems;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex HostNamePattern();
}
