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
                Literal(table.FileName, content, access.Entries.Select(e => (e.Key.Text, AccessTableRenderer.Action(e.Action, host.ConfigDirectory))), report);
                break;
            case TransportTable transport:
                Literal(table.FileName, content, transport.Entries.Select(e => (e.Key.Text, TransportText.Route(e.Route))), report);
                break;
            case RegexpTable regexp:
                Regexp(regexp, content, report);
                break;
        }
    }

    /// <summary>Compares the entries as postmap reads them with the model's, in step, one at a time; the first difference is reported.</summary>
    private static void Literal(string fileName, TextReader content, IEnumerable<(string Key, string Value)> expected, ReadBackReport report)
    {
        var problems = new List<ReadProblem>();
        var written = TableReader.Enumerate(content, problems).Select(e => (e.Key, e.Value));
        report.CompareInStep(fileName, "entry", expected, written, entry => entry.Key + " => " + entry.Value);
        report.Problems(fileName, problems);
    }

    private static void Regexp(RegexpTable table, TextReader content, ReadBackReport report)
    {
        var problems = new List<ReadProblem>();
        var expected = new List<string>();
        Flatten(table, table.Rules, expected);
        report.CompareInStep(table.FileName, "rule", expected, RegexpReader.Enumerate(content, problems).Select(Show), line => line);
        report.Problems(table.FileName, problems);
    }

    private static void Flatten(RegexpTable table, IReadOnlyList<RegexpRule> rules, List<string> lines)
    {
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case RegexpMatch match:
                    lines.Add(Show(RegexpLineKind.Rule, table, match.Pattern, RegexpTableRenderer.Action(match.Action)));
                    break;
                case RegexpIf block:
                    lines.Add(Show(RegexpLineKind.If, table, block.Pattern, string.Empty));
                    Flatten(table, block.Rules, lines);
                    lines.Add("endif");
                    break;
            }
        }
    }

    private static string Show(RegexpLineKind kind, RegexpTable table, Pattern pattern, string action)
    {
        var written = RegexpTableRenderer.PatternText(table.Type, pattern);
        var flags = written[(written.LastIndexOf(pattern.Delimiter) + 1)..];
        return Show(new RegexpLine(kind, pattern.Negated, pattern.Delimiter, pattern.Text, flags, action, 0));
    }

    private static string Show(RegexpLine line) => line.Kind switch
    {
        RegexpLineKind.EndIf => "endif",
        _ => (line.Kind == RegexpLineKind.If ? "if " : string.Empty) + (line.Negated ? "!" : string.Empty)
            + line.Delimiter + line.Pattern + line.Delimiter + " flags " + line.Flags + " => " + line.Action,
    };
}
