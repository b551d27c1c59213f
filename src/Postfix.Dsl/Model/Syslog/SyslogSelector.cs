using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// One selector of a syslog.conf line: facilities, a comparison and a priority, e.g. <c>mail.info</c>,
/// <c>mail,news.=err</c>, <c>*.none</c>.
/// </summary>
public sealed record SyslogSelector
{
    /// <summary>The facilities; empty means every facility (<c>*</c>).</summary>
    public IReadOnlyList<SyslogFacility> Facilities { get => _facilities; init => _facilities = ValueList.Of(value); }

    private readonly IReadOnlyList<SyslogFacility> _facilities = ValueList.Of<SyslogFacility>([]);

    /// <summary>The priority.</summary>
    public SyslogPriority Priority { get; init; } = SyslogPriority.All;

    /// <summary>How the priority is compared; ignored for <c>*</c> and <c>none</c>.</summary>
    public PriorityMatch Match { get; init; } = PriorityMatch.AtLeast;

    /// <summary>Messages of <paramref name="facility"/> at <paramref name="priority"/> or higher.</summary>
    public static SyslogSelector Of(SyslogFacility facility, SyslogPriority priority) =>
        new() { Facilities = [facility], Priority = priority };
}
