using System.Collections.Generic;
using System.Text;

namespace Postfix.Dsl;

/// <summary>One logical line of a Postfix file: its text and the physical line it starts on (1-based).</summary>
/// <param name="Text">The text, continuation lines appended as Postfix appends them (without the newline, their leading blanks kept).</param>
/// <param name="Line">The physical line number where the logical line starts.</param>
public sealed record LogicalLine(string Text, int Line);

/// <summary>
/// Splits a file into logical lines exactly as Postfix's <c>readlline()</c> does, for main.cf,
/// master.cf and every table read by postmap: empty lines, blank lines and lines whose first
/// non-blank character is <c>#</c> are dropped (also between continuation lines); a line that
/// starts with a blank continues the previous one; text that continues nothing is dropped with a
/// problem, as Postfix drops it with a warning. Only a newline ends a line.
/// </summary>
public static class LogicalLines
{
    /// <summary>The logical lines of <paramref name="text"/>; continuation lines that continue nothing go to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<LogicalLine> Read(string text, List<ReadProblem>? problems = null)
    {
        var lines = new List<LogicalLine>();
        var current = new StringBuilder();
        var start = 0;
        var number = 0;
        var position = 0;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var physical = end < 0 ? text[position..] : text[position..end];
            number++;
            position = end < 0 ? text.Length + 1 : end + 1;
            if (end < 0 && physical.Length == 0)
            {
                break;
            }

            var first = FirstNonBlank(physical);
            if (first < 0 || physical[first] == '#')
            {
                continue;
            }

            if (first > 0)
            {
                if (current.Length > 0)
                {
                    current.Append(physical);
                }
                else
                {
                    problems?.Add(new ReadProblem(number, "a continuation line that continues no text is ignored", physical));
                }

                continue;
            }

            Flush(lines, current, start);
            current.Append(physical);
            start = number;
        }

        Flush(lines, current, start);
        return lines;
    }

    /// <summary>True for the characters C's <c>isspace()</c> accepts in the C locale, which Postfix calls blanks.</summary>
    public static bool IsBlank(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    /// <summary><paramref name="text"/> without the blanks (as <see cref="IsBlank"/>) at either end.</summary>
    public static string TrimBlanks(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static int FirstNonBlank(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (!IsBlank(line[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Flush(List<LogicalLine> lines, StringBuilder current, int start)
    {
        if (current.Length > 0)
        {
            lines.Add(new LogicalLine(current.ToString(), start));
            current.Clear();
        }
    }
}
