using System.IO;

namespace Postfix.Dsl;

/// <summary>Builds a virtual(5) table: one <c>key address, address</c> line per entry, in model order.</summary>
internal static class VirtualAliasTableRenderer
{
    public static void Render(MailHost host, VirtualAliasTable table, TemplateSet templates, TextWriter writer)
    {
        var entries = table.Entries;
        var rows = new Rows<TransportEntryView>(
            entries.Count,
            i => new TransportEntryView(entries[i].Key.Text, entries[i].Value),
            (i, w) => RowText.TwoColumns(w, entries[i].Key.Text, Alignment.TableKeyWidth, entries[i].Value));
        var view = new TransportTableView(Header.For(host, table.FileName), TableText.PostmapNote(table, host.ConfigDirectory), rows);
        TemplateRunner.Run(templates.Get("virtual.scriban"), view, writer);
    }
}
