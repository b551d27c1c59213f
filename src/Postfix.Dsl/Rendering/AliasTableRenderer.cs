using System.IO;

namespace Postfix.Dsl;

/// <summary>Builds an aliases(5) table: one <c>name: target, target</c> line per alias, in model order.</summary>
internal static class AliasTableRenderer
{
    public static void Render(MailHost host, AliasTable table, TemplateSet templates, TextWriter writer)
    {
        var entries = table.Entries;
        var rows = new Rows<TransportEntryView>(
            entries.Count,
            i => new TransportEntryView(entries[i].Key, entries[i].Value),
            (i, w) => RowText.TwoColumns(w, entries[i].Key, Alignment.TableKeyWidth, entries[i].Value));
        var view = new TransportTableView(Header.For(host, table.FileName), TableText.PostmapNote(table, host.ConfigDirectory), rows);
        TemplateRunner.Run(templates.Get("aliases.scriban"), view, writer);
    }
}
