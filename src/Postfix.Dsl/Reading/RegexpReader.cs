using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>What one logical line of a regexp(5) or pcre(5) table is.</summary>
public enum RegexpLineKind
{
    /// <summary><c>[!]/pattern/flags action</c>.</summary>
    Rule,

    /// <summary><c>if [!]/pattern/flags</c>.</summary>
    If,

    /// <summary><c>endif</c>.</summary>
    EndIf,
}

/// <summary>One logical line of a regexp or pcre table, as Postfix reads it.</summary>
/// <param name="Kind">Rule, if or endif.</param>
/// <param name="Negated">True when the pattern is preceded by <c>!</c>.</param>
/// <param name="Delimiter">The delimiter character.</param>
/// <param name="Pattern">The pattern between the delimiters (backslash escapes kept).</param>
/// <param name="Flags">The flag letters after the closing delimiter.</param>
/// <param name="Action">The action (rules only): the text after the blanks that follow the flags.</param>
/// <param name="Line">The physical line where it starts.</param>
public sealed record RegexpLine(RegexpLineKind Kind, bool Negated, char Delimiter, string Pattern, string Flags, string Action, int Line);

/// <summary>A regexp or pcre table as Postfix reads it.</summary>
/// <param name="Lines">Rules, ifs and endifs in file order.</param>
/// <param name="Problems">Lines Postfix refuses or ignores.</param>
public sealed record RegexpFile(IReadOnlyList<RegexpLine> Lines, IReadOnlyList<ReadProblem> Problems);

/// <summary>
/// Reads a regexp(5) or pcre(5) table as Postfix's dict_regexp/dict_pcre do: an optional <c>!</c>,
/// a delimiter, the pattern up to the next delimiter not escaped by a backslash, flag letters,
/// blanks, then the action; <c>if</c> and <c>endif</c> lines (case-insensitive keywords).
/// </summary>
public static class RegexpReader
{
    /// <summary>Reads <paramref name="text"/>; never throws.</summary>
    public static RegexpFile Read(string text)
    {
        var problems = new List<ReadProblem>();
        var lines = Enumerate(new StringReader(text), problems).ToList();
        return new RegexpFile(lines, problems);
    }

    /// <summary>The lines of <paramref name="reader"/> one at a time (constant memory); problems go to <paramref name="problems"/>, the last ones when the enumeration ends.</summary>
    internal static IEnumerable<RegexpLine> Enumerate(TextReader reader, List<ReadProblem> problems)
    {
        var depth = 0;
        var last = 0;
        foreach (var line in LogicalLines.Enumerate(reader, problems))
        {
            var body = line.Text;
            if (Keyword(body, "endif"))
            {
                if (LogicalLines.TrimBlanks(body[5..]).Length > 0)
                {
                    problems.Add(new ReadProblem(line.Line, "text after endif", body));
                }

                if (--depth < 0)
                {
                    problems.Add(new ReadProblem(line.Line, "endif without if", body));
                    depth = 0;
                }

                last = line.Line;
                yield return new RegexpLine(RegexpLineKind.EndIf, false, '\0', string.Empty, string.Empty, string.Empty, line.Line);
                continue;
            }

            var kind = RegexpLineKind.Rule;
            if (Keyword(body, "if"))
            {
                kind = RegexpLineKind.If;
                body = LogicalLines.TrimBlanks(body[2..]);
                depth++;
            }

            if (Pattern(body, kind, line.Line, problems) is { } parsed)
            {
                last = parsed.Line;
                yield return parsed;
            }
        }

        if (depth > 0)
        {
            problems.Add(new ReadProblem(last, "if without endif", string.Empty));
        }
    }

    private static bool Keyword(string text, string keyword) =>
        text.Length >= keyword.Length
        && string.Compare(text, 0, keyword, 0, keyword.Length, System.StringComparison.OrdinalIgnoreCase) == 0
        && (text.Length == keyword.Length || LogicalLines.IsBlank(text[keyword.Length]));

    private static RegexpLine? Pattern(string text, RegexpLineKind kind, int line, List<ReadProblem> problems)
    {
        var i = 0;
        var negated = false;
        if (i < text.Length && text[i] == '!')
        {
            negated = true;
            i++;
            while (i < text.Length && LogicalLines.IsBlank(text[i]))
            {
                i++;
            }
        }

        if (i >= text.Length)
        {
            problems.Add(new ReadProblem(line, "no pattern", text));
            return null;
        }

        var delimiter = text[i++];
        var start = i;
        while (i < text.Length && text[i] != delimiter)
        {
            i += text[i] == '\\' && i + 1 < text.Length ? 2 : 1;
        }

        if (i >= text.Length)
        {
            problems.Add(new ReadProblem(line, "no closing pattern delimiter", text));
            return null;
        }

        var pattern = text[start..i++];
        var flagsStart = i;
        while (i < text.Length && !LogicalLines.IsBlank(text[i]))
        {
            i++;
        }

        var flags = text[flagsStart..i];
        var action = LogicalLines.TrimBlanks(text[i..]);
        if (kind == RegexpLineKind.Rule && action.Length == 0)
        {
            problems.Add(new ReadProblem(line, "a rule without an action", text));
            return null;
        }

        if (kind == RegexpLineKind.If && action.Length > 0)
        {
            problems.Add(new ReadProblem(line, "text after the if pattern", text));
        }

        return new RegexpLine(kind, negated, delimiter, pattern, flags, action, line);
    }
}
