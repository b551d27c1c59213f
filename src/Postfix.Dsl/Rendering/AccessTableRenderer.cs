using System.IO;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>Builds an access(5) table: one <c>key action</c> line per entry, in model order.</summary>
internal static class AccessTableRenderer
{
    public static void Render(MailHost host, AccessTable table, LoadedTemplate template, TextWriter writer)
    {
        var entries = table.Entries;
        var configDirectory = host.ConfigDirectory;
        var rows = new Rows<AccessEntryView>(
            entries.Count,
            i => new AccessEntryView(entries[i].Key.Text, Action(entries[i].Action, configDirectory)),
            (i, w) => WriteRow(entries[i], configDirectory, w));
        var view = new NotedTableView<AccessEntryView>(Header.For(host, table.FileName), TableText.PostmapNote(table, configDirectory), rows);
        TemplateRunner.Run(template, view, writer);
    }

    internal static string Action(AccessAction action, string configDirectory)
    {
        if (action.Keyword.Length == 0)
        {
            return string.Join(", ", action.Restrictions.Select(r => RestrictionText.Render(r, configDirectory)));
        }

        return action.Text is { Length: > 0 } text ? action.Keyword + " " + text : action.Keyword;
    }

    /// <summary>The entry's line, the same bytes as <see cref="AccessEntryView.Line"/>, without building it.</summary>
    private static void WriteRow(AccessEntry entry, string configDirectory, TextWriter writer)
    {
        var action = entry.Action;
        if (action.Keyword.Length == 0)
        {
            RowText.TwoColumns(writer, entry.Key.Text, Alignment.TableKeyWidth, Action(action, configDirectory));
        }
        else if (action.Text is { Length: > 0 } text)
        {
            RowText.TwoColumns(writer, entry.Key.Text, Alignment.TableKeyWidth, action.Keyword, text);
        }
        else
        {
            RowText.TwoColumns(writer, entry.Key.Text, Alignment.TableKeyWidth, action.Keyword);
        }
    }
}
