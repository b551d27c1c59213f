using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>The syslog.conf lines that route Postfix's log records to files.</summary>
public sealed record SyslogConf
{
    /// <summary>The rules, written in this order.</summary>
    public IReadOnlyList<SyslogRule> Rules { get => _rules; init => _rules = ValueList.Of(value); }

    private readonly IReadOnlyList<SyslogRule> _rules = ValueList.Of<SyslogRule>([]);

    /// <summary>
    /// The four lines of the seed article for <paramref name="facility"/> (Postfix's
    /// <c>syslog_facility</c>): everything to <c>/var/log/mail.log</c>, and info, warn and err to
    /// their own files.
    /// </summary>
    public static SyslogConf ForFacility(SyslogFacility facility) => new()
    {
        Rules =
        [
            new() { Selectors = [SyslogSelector.Of(facility, SyslogPriority.All)], File = "/var/log/mail.log" },
            new() { Selectors = [SyslogSelector.Of(facility, SyslogPriority.Info)], File = "/var/log/mail.info" },
            new() { Selectors = [SyslogSelector.Of(facility, SyslogPriority.Warning)], File = "/var/log/mail.warn" },
            new() { Selectors = [SyslogSelector.Of(facility, SyslogPriority.Err)], File = "/var/log/mail.err" },
        ],
    };
}
