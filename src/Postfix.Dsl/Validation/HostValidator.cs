using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>Runs every validation rule over a host. Nothing is written for a host with errors.</summary>
public static class HostValidator
{
    /// <summary>Every problem of <paramref name="host"/>, in model order; empty when the host can be written.</summary>
    public static IReadOnlyList<ValidationError> Validate(MailHost host)
    {
        var context = new ValidationContext(host);
        if (!HostFolderName.IsValid(host.Name))
        {
            context.Report(ValidationRules.InvalidFileName, "(host)", "name", host.Name,
                "cannot be used as the host's output folder name", "letters, digits, '.', '-' and '_', starting with a letter or digit, e.g. neptune");
        }

        ParameterChecks.Check(context, host.MainCf, "main.cf", string.Empty);
        ReferenceChecks.Check(context);
        RelayChecks.Check(context);
        MasterCfChecks.Check(context);
        TableChecks.Check(context, HostTables.Collect(host));
        SyslogChecks.Check(context, HostSyslog.Effective(host));
        return context.Errors;
    }

    /// <summary>Throws <see cref="PostfixValidationException"/> with every problem when <paramref name="host"/> has any.</summary>
    public static void ThrowIfInvalid(MailHost host)
    {
        var errors = Validate(host);
        if (errors.Count > 0)
        {
            throw new PostfixValidationException(errors);
        }
    }
}
