using System.Linq;

namespace Postfix.Dsl;

/// <summary>Builds a transport(5) table: one <c>key transport:nexthop</c> line per entry, in model order.</summary>
internal static class TransportTableRenderer
{
    public static string Render(MailHost host, TransportTable table, TemplateSet templates)
    {
        var entries = table.Entries.Select(e => new TransportEntryView(e.Key.Text, TransportText.Route(e.Route))).ToList();
        var view = new TransportTableView(Header.For(host, table.FileName), TableText.PostmapNote(table, host.ConfigDirectory), entries);
        return TemplateRunner.Run(templates.Get("transport.scriban"), view);
    }
}
