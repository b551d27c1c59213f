using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>One syslog.conf line: selectors (joined with <c>;</c>) and the file they are written to.</summary>
public sealed record SyslogRule
{
    /// <summary>The selectors; a message is written when the last selector that names its facility matches.</summary>
    public required IReadOnlyList<SyslogSelector> Selectors { get => _selectors; init => _selectors = ValueList.Of(value); }

    private readonly IReadOnlyList<SyslogSelector> _selectors = null!;

    /// <summary>The absolute path of the log file.</summary>
    public required string File { get; init; }

    /// <summary>Sync the file after each message; false writes the <c>-</c> prefix (faster, may lose the last lines on a crash).</summary>
    public bool Sync { get; init; } = true;
}
