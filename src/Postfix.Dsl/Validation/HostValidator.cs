using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>Runs every validation rule over a host. Nothing is written for a host with errors.</summary>
public static class HostValidator
{
    /// <summary>Every error of <paramref name="host"/>, in model order; empty when the host can be written.
    /// Warnings and notes, which do not block writing, are left out: see <see cref="Diagnose"/>.</summary>
    public static IReadOnlyList<Finding> Validate(MailHost host) =>
        Diagnose(host).Where(e => e.Severity == ValidationSeverity.Error).ToList();

    /// <summary>Every finding of <paramref name="host"/> — errors, warnings and notes — in model order.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="host"/> is null.</exception>
    public static IReadOnlyList<Finding> Diagnose(MailHost host)
    {
        System.ArgumentNullException.ThrowIfNull(host);
        var context = new ValidationContext(host);
        if (RequiredValueChecks.Check(context, host))
        {
            // Every other rule needs these values; report the nulls alone.
            return context.Errors;
        }

        ConfigDirectoryChecks.Check(context);
        if (!HostFolderName.IsValid(host.Name))
        {
            context.Report(ValidationRules.InvalidFileName, "(host)", "name", host.Name,
                HostFolderName.HostProblem, HostFolderName.HostExpected);
        }

        ParameterChecks.Check(context, HostParameters.MainCf(host), "main.cf", string.Empty);
        UnlistedChecks.Check(context, host.MainCf, "main.cf", string.Empty);
        UnlistedChecks.CheckDefinitions(context);
        TransportChecks.Check(context);
        DeliveryTransportChecks.Check(context);
        ReferenceChecks.Check(context);
        UndefinedReferenceChecks.Check(context);
        RelayChecks.Check(context);
        MasterCfChecks.Check(context);
        TableChecks.Check(context, HostTables.Collect(host));
        if (host.SyslogConf is { } syslog)
        {
            SyslogChecks.Check(context, syslog);
        }
        RestrictionListChecks.Check(context);
        ExposureChecks.Check(context);
        PolicySemanticsChecks.Check(context);
        RegexpPurposeChecks.Check(context);
        AddressClassChecks.Check(context);
        ObsoleteChecks.Check(context);
        CrossFileChecks.Check(context);
        return context.Errors;
    }

    /// <summary>
    /// Throws <see cref="PostfixValidationException"/> with every finding when <paramref name="host"/>
    /// has an error; otherwise returns its warnings and notes, which do not block writing.
    /// </summary>
    public static IReadOnlyList<Finding> ThrowIfInvalid(MailHost host)
    {
        var findings = Diagnose(host);
        if (findings.Any(f => f.Severity == ValidationSeverity.Error))
        {
            throw new PostfixValidationException(findings);
        }

        return findings;
    }
}
