using System.Linq;

namespace Postfix.Dsl;

/// <summary>Checks syslog.conf rules: at least one selector, and an absolute file path without blanks.</summary>
internal static class SyslogChecks
{
    public static void Check(ValidationContext context, SyslogConf syslog)
    {
        foreach (var rule in syslog.Rules)
        {
            var location = $"rule for {rule.File}";
            if (ParameterChecks.ReportControlCharacters(context, "syslog.conf", location, [rule.File]))
            {
                continue;
            }

            if (!rule.File.StartsWith('/') || rule.File.Any(char.IsWhiteSpace) || rule.File.Contains(';'))
            {
                // Not absolute, it could be |pipe, :ommodule or @host; a ';' selects an rsyslog template.
                context.Report(ValidationRules.Unwritable, "syslog.conf", location, rule.File,
                    rule.File.Contains(';') ? "holds ';', which rsyslog reads as the start of a template name" : "is not an absolute path without blanks",
                    "an absolute file path without blanks or ';', such as /var/log/mail.log");
            }

            if (rule.Selectors.Count == 0)
            {
                context.Report(ValidationRules.Unwritable, "syslog.conf", location, string.Empty,
                    "has no selector", "at least one selector, e.g. SyslogSelector.Of(SyslogFacility.Mail, SyslogPriority.Info)");
            }
        }
    }
}
