using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>Checks master.cf: unique services, service names that fit their type, writable commands, and the <c>-o</c> overrides.</summary>
internal static class MasterCfChecks
{
    public static void Check(ValidationContext context)
    {
        // Keyed by text, not by a (name, type) value tuple, whose hash set would be compiled at run time.
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var service in context.Host.MasterCf.Services)
        {
            var type = EnumText.Of(service.Type);
            var location = ServiceLocation.Of(service);
            if (!seen.Add(service.Name + " " + type))
            {
                context.Report(ValidationRules.DuplicateService, "master.cf", location, service.Name,
                    $"is defined twice with type {type}; Postfix would silently use only the last one",
                    "one entry per service name and type: change the existing one with MasterCf.Change(...)");
            }

            CheckName(context, location, service);
            if (service.Type == ServiceType.Inet && service.Private != false)
            {
                // Found by the live test: master(8) exits at start with no log line of its own.
                context.Report(ValidationRules.PrivateInetService, "master.cf", location, service.Private is null ? "- (private by default)" : "y",
                    "is an inet service marked private, and Postfix's master refuses to start with one",
                    "Private = false, written n, as in the stock smtp service");
            }

            var words = new List<string> { service.Command };
            words.AddRange(service.Arguments);
            if (ParameterChecks.ReportControlCharacters(context, "master.cf", location, words))
            {
                continue;
            }

            if (!ServiceNameSyntax.IsWord(service.Command))
            {
                context.Report(ValidationRules.Unwritable, "master.cf", location, service.Command,
                    "is not a single program name", "a daemon name such as smtpd, or a path without spaces");
            }

            foreach (var argument in service.Arguments)
            {
                if (argument.Length > 0 && argument.Trim() != argument)
                {
                    // Written as { argument }, Postfix trims the blanks inside the group (found by the hostile property test).
                    context.Report(ValidationRules.SurroundingWhitespace, "master.cf", location, argument,
                        "starts or ends with whitespace, which Postfix strips from a { } group", "the argument without leading or trailing whitespace");
                    continue;
                }

                var braces = argument.Contains('{') || argument.Contains('}');
                if (argument.Length == 0 || argument.StartsWith('#') || argument.StartsWith('{') || !BraceGroups.AreBalanced(argument)
                    || (braces && ListItemText.NeedsGrouping(argument)))
                {
                    // Postfix ungroups a leading {, lets an open { swallow the following arguments, and
                    // reads a line starting with # as a comment; ${name} (pipe's argv) is fine.
                    context.Report(ValidationRules.Unwritable, "master.cf", location, argument,
                        argument.Length == 0 ? "is an empty argument, which Postfix would drop"
                            : argument.StartsWith('#') ? "starts with '#', which makes the argument line a comment"
                            : "holds braces that Postfix would read as { } grouping, regrouping the arguments",
                        "a non-empty argument that does not start with '#' or '{', whose braces (as in ${recipient}) balance, and with no braces if it holds spaces");
                }
            }

            if (service.Command == "pipe")
            {
                foreach (var macro in PipeMacros.Unknown(service.Arguments))
                {
                    context.Report(ValidationRules.UnknownPipeMacro, "master.cf", location + " argv", "${" + macro + "}",
                        "is not a pipe(8) macro, so every delivery through this service would fail with \"unknown macro name\"",
                        "one of " + PipeMacros.List + " (for a literal dollar, $$)");
                }
            }

            ParameterChecks.Check(context, service.Overrides.Settings, "master.cf", ServiceLocation.Overrides(service));
            UnlistedChecks.Check(context, service.Overrides, "master.cf", ServiceLocation.Overrides(service));
            foreach (var setting in service.Overrides.Settings)
            {
                var value = ParameterText.Of(setting, context.Host.ConfigDirectory).Compact; // what master.cf gets
                if (!BraceGroups.AreBalanced(value))
                {
                    // An open { in a -o value swallows the arguments after it; a stray } ends { name = value } early.
                    context.Report(ValidationRules.Unwritable, "master.cf", ServiceLocation.Overrides(service) + setting.Name, value,
                        "holds braces that do not balance, which master.cf reads as { } grouping of the -o value", "a value whose braces balance, as in ${name}, or none");
                }
            }
        }
    }

    private static void CheckName(ValidationContext context, string location, Service service)
    {
        var valid = service.Type == ServiceType.Inet ? ServiceNameSyntax.IsInetName(service.Name) : ServiceNameSyntax.IsSocketName(service.Name);
        if (!valid)
        {
            context.Report(ValidationRules.InvalidServiceName, "master.cf", location, service.Name,
                service.Type == ServiceType.Inet ? "is not a valid inet service name" : "is not a valid socket name",
                service.Type == ServiceType.Inet
                    ? "[host:]port, e.g. smtp, 2525, 127.0.0.1:2525 or [::1]:2525"
                    : "letters, digits, '-', '_' and '.', e.g. smtp or scalemail-backend");
        }
    }
}
