using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>One rule of a traditional syslog.conf line: the selector field and the action field.</summary>
/// <param name="Selector">The selectors as written (<c>mail.info;mail.!err</c>).</param>
/// <param name="Action">The action: a file path, <c>-</c> before it for no sync.</param>
/// <param name="Line">The physical line (1-based).</param>
public sealed record SyslogLine(string Selector, string Action, int Line);

/// <summary>
/// Reads a traditional-format syslog.conf as rsyslog does for the lines we write: <c>#</c> starts a
/// comment line, blank lines are skipped, the selector runs to the first blank and the action is
/// the rest, blanks trimmed. (No continuation lines: syslog.conf has none.)
/// </summary>
public static class SyslogReader
{
    /// <summary>Reads <paramref name="text"/>; never throws.</summary>
    public static IReadOnlyList<SyslogLine> Read(string text, List<ReadProblem>? problems = null)
    {
        var lines = new List<SyslogLine>();
        var physical = text.Split('\n');
        for (var i = 0; i < physical.Length; i++)
        {
            var line = LogicalLines.TrimBlanks(physical[i]);
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var end = 0;
            while (end < line.Length && !LogicalLines.IsBlank(line[end]))
            {
                end++;
            }

            var action = LogicalLines.TrimBlanks(line[end..]);
            if (action.Length == 0)
            {
                problems?.Add(new ReadProblem(i + 1, "a selector without an action", line));
                continue;
            }

            lines.Add(new SyslogLine(line[..end], action, i + 1));
        }

        return lines;
    }
}
