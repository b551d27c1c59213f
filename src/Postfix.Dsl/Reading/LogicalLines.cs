using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

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
/// problem, as Postfix drops it with a warning. Only a newline ends a line. The grammar itself is
/// <see cref="LogicalLineReader"/>'s, which the table self-check also reads lines with.
/// </summary>
public static class LogicalLines
{
    /// <summary>The logical lines of <paramref name="text"/>; continuation lines that continue nothing go to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<LogicalLine> Read(string text, List<ReadProblem>? problems = null) =>
        Enumerate(new StringReader(text), problems).ToList();

    /// <summary>
    /// The logical lines of <paramref name="reader"/>, one at a time, so a file of any size is read
    /// in constant memory (the emit's self-check reads every file back this way).
    /// </summary>
    internal static IEnumerable<LogicalLine> Enumerate(TextReader reader, List<ReadProblem>? problems)
    {
        using var lines = new LogicalLineReader(reader, problems);
        while (lines.Next())
        {
            yield return lines.CurrentLine();
        }
    }

    /// <summary>True for the characters C's <c>isspace()</c> accepts in the C locale, which Postfix calls blanks.</summary>
    public static bool IsBlank(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    /// <summary><paramref name="text"/> without the blanks (as <see cref="IsBlank"/>) at either end.</summary>
    public static string TrimBlanks(string text) => TrimBlanks(text, 0);

    /// <summary><paramref name="text"/> from <paramref name="from"/> on, without the blanks at either end (one string made, not two).</summary>
    internal static string TrimBlanks(string text, int from)
    {
        var start = from;
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

    internal static int FirstNonBlank(ReadOnlySpan<char> line)
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
}
