using System.IO;

namespace Postfix.Dsl;

/// <summary>Builds a TLS policy table: one <c>destination level attribute=value ...</c> line per entry, in model order.</summary>
internal static class TlsPolicyTableRenderer
{
    public static void Render(MailHost host, TlsPolicyTable table, TemplateSet templates, TextWriter writer)
    {
        var entries = table.Entries;
        var rows = new Rows<TransportEntryView>(
            entries.Count,
            i => new TransportEntryView(entries[i].Destination.Text, entries[i].Policy.Text),
            (i, w) => RowText.TwoColumns(w, entries[i].Destination.Text, Alignment.TableKeyWidth, entries[i].Policy.Text));
        var view = new TransportTableView(Header.For(host, table.FileName), TableText.PostmapNote(table, host.ConfigDirectory), rows);
        TemplateRunner.Run(templates.Get("tls_policy.scriban"), view, writer);
    }
}
