using System.IO;

namespace Postfix.Dsl;

/// <summary>Builds a transport(5) table: one <c>key transport:nexthop</c> line per entry, in model order.</summary>
internal static class TransportTableRenderer
{
    public static void Render(MailHost host, TransportTable table, TemplateSet templates, TextWriter writer)
    {
        var entries = table.Entries;
        var rows = new Rows<TransportEntryView>(
            entries.Count,
            i => new TransportEntryView(entries[i].Key.Text, TransportText.Route(entries[i].Route)),
            (i, w) => RowText.TwoColumns(w, entries[i].Key.Text, Alignment.TableKeyWidth, TransportText.Route(entries[i].Route)));
        var view = new TransportTableView(Header.For(host, table.FileName), TableText.PostmapNote(table, host.ConfigDirectory), rows);
        TemplateRunner.Run(templates.Get("transport.scriban"), view, writer);
    }
}
