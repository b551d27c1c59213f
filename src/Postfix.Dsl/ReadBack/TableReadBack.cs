using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>A table read back as postmap or the regexp/pcre reader sees it: exactly the model's entries or rules, in order.</summary>
internal static class TableReadBack
{
    public static void Check(MailHost host, LookupTable table, TextReader content, ReadBackReport report)
    {
        switch (table)
        {
            case AccessTable access:
                var entries = access.Entries;
                var configDirectory = host.ConfigDirectory;
                Literal(table.FileName, content, entries.Count, i => entries[i].Key.Text,
                    (i, written) => ActionIs(entries[i].Action, configDirectory, written), i => AccessTableRenderer.Action(entries[i].Action, configDirectory), report);
                break;
            case DatabaseTable database:
                Definition(database, host.ConfigDirectory, content, report);
                break;
            case RegexpTable regexp:
                Regexp(regexp, host.ConfigDirectory, content, report);
                break;
            default:
                if (KeyValueTableRenderer.Lines(table) is { } lines)
                {
                    Literal(table.FileName, content, lines.Count, i => lines[i].Key, (i, written) => written.SequenceEqual(lines[i].Value), i => lines[i].Value, report);
                }

                break;
        }
    }

    /// <summary>A database table definition read as Postfix's cfg_parser reads it (main.cf's syntax): the model's lines, in order, and nothing else.</summary>
    private static void Definition(DatabaseTable table, string configDirectory, TextReader content, ReadBackReport report)
    {
        var read = MainCfReader.Read(content.ReadToEnd());
        report.Problems(table.FileName, read.Problems);
        report.Compare(table.FileName, "definition",
            table.DefinitionIn(configDirectory).Select(d => d.Name + " = " + d.Value).ToList(),
            read.Definitions.Select(d => d.Name + " = " + d.Value).ToList());
    }

    /// <summary>
    /// True when <paramref name="written"/> is <paramref name="action"/> as written, compared piece by
    /// piece: a million-entry table is checked without making a million action strings.
    /// </summary>
    private static bool ActionIs(AccessAction action, string configDirectory, ReadOnlySpan<char> written)
    {
        var keyword = action.Keyword;
        if (keyword.Length == 0)
        {
            return written.SequenceEqual(AccessTableRenderer.Action(action, configDirectory)); // restrictions: rare, built
        }

        if (action.Text is not { Length: > 0 } text)
        {
            return written.SequenceEqual(keyword);
        }

        return written.Length == keyword.Length + 1 + text.Length && written.StartsWith(keyword) && written[keyword.Length] == ' ' && written.EndsWith(text);
    }

    /// <summary>A key/value row's value compared with what the model writes.</summary>
    private delegate bool ValueMatch(int index, ReadOnlySpan<char> written);

    /// <summary>
    /// Compares the entries as postmap reads them with the model's, in step, one at a time: the key
    /// and value spans of each line against what the model writes, without copying them. The first
    /// difference (or a missing or extra entry) is reported.
    /// </summary>
    private static void Literal(string fileName, TextReader content, int count, Func<int, string> key, ValueMatch valueIs, Func<int, string> value, ReadBackReport report)
    {
        var problems = new List<ReadProblem>();
        var position = 0;
        var differs = false;

        // Each line is compared where it was read, in a reused buffer: no string is made of it unless it differs.
        using var lines = new LogicalLineReader(content, problems);
        while (lines.Next())
        {
            var text = lines.Current;
            if (differs || TableReader.Split(text, lines.Line, problems) is not var (keyEnd, valueStart, valueEnd))
            {
                continue; // read on to the end, so the reader's problems about the rest are reported too
            }

            if (position == count)
            {
                report.Differs(fileName, $"entry {position + 1}", "(no more entries)", Shown(text, keyEnd, valueStart, valueEnd));
                differs = true;
            }
            else if (!text[..keyEnd].SequenceEqual(key(position)) || !valueIs(position, text[valueStart..valueEnd]))
            {
                report.Differs(fileName, $"entry {position + 1}", key(position) + " => " + value(position), Shown(text, keyEnd, valueStart, valueEnd));
                differs = true;
            }

            position++;
        }

        if (!differs && position < count)
        {
            report.Differs(fileName, $"entry {position + 1}", key(position) + " => " + value(position), "(no more entries)");
        }

        report.Problems(fileName, problems);
    }

    /// <summary>An entry as the reader split it, for a report.</summary>
    private static string Shown(ReadOnlySpan<char> text, int keyEnd, int valueStart, int valueEnd) =>
        string.Concat(text[..keyEnd], " => ", text[valueStart..valueEnd]);

    private static void Regexp(RegexpTable table, string configDirectory, TextReader content, ReadBackReport report)
    {
        var problems = new List<ReadProblem>();
        List<RegexpLine> expected;
        if (Expected.TryGetValue(table, out var known) && known.Item1 == configDirectory)
        {
            expected = known.Item2;
        }
        else
        {
            expected = [];
            Flatten(table, table.Rules, configDirectory, expected);
            Expected.AddOrUpdate(table, Tuple.Create(configDirectory, expected));
        }

        // Compared field by field, as the reader split each line; a line is spelled out only for a report.
        report.CompareInStep(table.FileName, "rule", expected, RegexpReader.Enumerate(content, problems), Show, SameRule.Instance);
        report.Problems(table.FileName, problems);
    }

    // The rules as the reader gives them depend on the table and, for access actions that name tables, the
    // config directory: made once per table and directory (a fleet shares its header checks).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RegexpTable, Tuple<string, List<RegexpLine>>> Expected = new();

    private static void Flatten(RegexpTable table, IReadOnlyList<RegexpRule> rules, string configDirectory, List<RegexpLine> lines)
    {
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case RegexpMatch match:
                    lines.Add(Line(RegexpLineKind.Rule, table, match.Pattern, RegexpTableRenderer.Action(match.Action)));
                    break;
                case RegexpAccess access:
                    lines.Add(Line(RegexpLineKind.Rule, table, access.Pattern, AccessTableRenderer.Action(access.Action, configDirectory)));
                    break;
                case RegexpIf block:
                    lines.Add(Line(RegexpLineKind.If, table, block.Pattern, string.Empty));
                    Flatten(table, block.Rules, configDirectory, lines);
                    lines.Add(EndIf);
                    break;
            }
        }
    }

    private static readonly RegexpLine EndIf = new(RegexpLineKind.EndIf, false, '/', string.Empty, string.Empty, string.Empty, 0);

    private static RegexpLine Line(RegexpLineKind kind, RegexpTable table, Pattern pattern, string action) =>
        new(kind, pattern.Negated, pattern.Delimiter, pattern.Text, RegexpTableRenderer.FlagText(table.Type, pattern.Flags), action, 0);

    /// <summary>
    /// Two lines are the same rule when every field the reader splits out is the same (the physical line
    /// aside): what <see cref="Show"/> spells, compared without spelling it. Every endif is the same.
    /// </summary>
    private sealed class SameRule : IEqualityComparer<RegexpLine>
    {
        public static readonly SameRule Instance = new();

        public bool Equals(RegexpLine? x, RegexpLine? y) =>
            x is not null && y is not null && x.Kind == y.Kind
            && (x.Kind == RegexpLineKind.EndIf
                || (x.Negated == y.Negated && x.Delimiter == y.Delimiter && x.Pattern == y.Pattern && x.Flags == y.Flags && x.Action == y.Action));

        public int GetHashCode(RegexpLine obj) => obj.Kind.GetHashCode();
    }

    private static string Show(RegexpLine line) => line.Kind switch
    {
        RegexpLineKind.EndIf => "endif",
        _ => (line.Kind == RegexpLineKind.If ? "if " : string.Empty) + (line.Negated ? "!" : string.Empty)
            + line.Delimiter + line.Pattern + line.Delimiter + " flags " + line.Flags + " => " + line.Action,
    };
}
