using System.Linq;

namespace Postfix.Dsl;

/// <summary>Builds an access(5) table: one <c>key action</c> line per entry, in model order.</summary>
internal static class AccessTableRenderer
{
    public static string Render(MailHost host, AccessTable table, TemplateSet templates)
    {
        var entries = table.Entries.Select(e => new AccessEntryView(e.Key.Text, Action(e.Action, host.ConfigDirectory))).ToList();
        var view = new AccessTableView(Header.For(host, table.FileName), TableText.PostmapNote(table, host.ConfigDirectory), entries);
        return TemplateRunner.Run(templates.Get("access.scriban"), view);
    }

    internal static string Action(AccessAction action, string configDirectory)
    {
        if (action.Keyword.Length == 0)
        {
            return string.Join(", ", action.Restrictions.Select(r => RestrictionText.Render(r, configDirectory)));
        }

        return action.Text is { Length: > 0 } text ? action.Keyword + " " + text : action.Keyword;
    }
}
