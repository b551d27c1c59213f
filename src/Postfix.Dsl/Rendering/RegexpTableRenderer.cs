using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Postfix.Dsl;

/// <summary>
/// Builds a regexp(5) or pcre(5) table: <c>[!]/pattern/flags ACTION [text]</c> lines, and
/// <c>if</c>/<c>endif</c> blocks flattened without indentation (an indented line would continue the previous rule).
/// </summary>
internal static class RegexpTableRenderer
{
    public static void Render(MailHost host, RegexpTable table, LoadedTemplate template, TextWriter writer)
    {
        var lines = new List<RegexpLineView>();
        AddRules(table, table.Rules, host.ConfigDirectory, lines);
        var rows = new Rows<RegexpLineView>(lines.Count, i => lines[i], (i, w) => WriteRow(lines[i], w));
        var view = new RegexpTableView(Header.For(host, table.FileName), TableText.Reference(table, host.ConfigDirectory), rows);
        TemplateRunner.Run(template, view, writer);
    }

    /// <summary>The same bytes as <see cref="RegexpLineView.Line"/>, without building it.</summary>
    private static void WriteRow(RegexpLineView line, TextWriter writer)
    {
        if (line.Action.Length == 0)
        {
            writer.Write(line.Pattern);
            writer.Write('\n');
        }
        else
        {
            RowText.TwoColumns(writer, line.Pattern, Alignment.TableKeyWidth, line.Action);
        }
    }

    private static void AddRules(RegexpTable table, IReadOnlyList<RegexpRule> rules, string configDirectory, List<RegexpLineView> lines)
    {
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case RegexpMatch match:
                    lines.Add(new RegexpLineView(PatternText(table.Type, match.Pattern), Action(match.Action)));
                    break;
                case RegexpAccess access:
                    lines.Add(new RegexpLineView(PatternText(table.Type, access.Pattern), AccessTableRenderer.Action(access.Action, configDirectory)));
                    break;
                case RegexpIf block:
                    lines.Add(new RegexpLineView("if " + PatternText(table.Type, block.Pattern), string.Empty));
                    AddRules(table, block.Rules, configDirectory, lines);
                    lines.Add(new RegexpLineView("endif", string.Empty));
                    break;
            }
        }
    }

    internal static string Action(HeaderAction action) =>
        action.Text is { Length: > 0 } text ? action.Keyword + " " + text : action.Keyword;

    internal static string PatternText(TableType type, Pattern pattern)
    {
        var text = new StringBuilder();
        if (pattern.Negated)
        {
            text.Append('!');
        }

        text.Append(pattern.Delimiter).Append(pattern.Text).Append(pattern.Delimiter);
        AppendFlags(text, type, pattern.Flags);
        return text.ToString();
    }

    /// <summary>The flag letters written after a pattern's closing delimiter ("" for none, the common case).</summary>
    internal static string FlagText(TableType type, PatternFlags flags)
    {
        if (flags == PatternFlags.None)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        AppendFlags(text, type, flags);
        return text.ToString();
    }

    private static void AppendFlags(StringBuilder text, TableType type, PatternFlags flags)
    {
        Append(text, flags, PatternFlags.CaseSensitive, 'i');
        Append(text, flags, PatternFlags.MultiLine, 'm');
        if (type == TableType.Pcre)
        {
            Append(text, flags, PatternFlags.DotExcludesNewline, 's');
            Append(text, flags, PatternFlags.FreeSpacing, 'x');
            Append(text, flags, PatternFlags.Anchored, 'A');
            Append(text, flags, PatternFlags.DollarEndOnly, 'E');
            Append(text, flags, PatternFlags.Ungreedy, 'U');
        }
        else
        {
            Append(text, flags, PatternFlags.BasicSyntax, 'x');
        }
    }

    private static void Append(StringBuilder text, PatternFlags flags, PatternFlags flag, char letter)
    {
        if ((flags & flag) != 0)
        {
            text.Append(letter);
        }
    }
}
