using System.IO;

namespace Postfix.Dsl;

/// <summary>Builds a SASL password table: one <c>nexthop user:&lt;secret:name&gt;</c> line per entry, in model order.</summary>
internal static class SaslPasswordTableRenderer
{
    public static void Render(MailHost host, SaslPasswordTable table, TemplateSet templates, TextWriter writer)
    {
        var entries = table.Entries;
        var rows = new Rows<TransportEntryView>(
            entries.Count,
            i => new TransportEntryView(entries[i].Key, entries[i].Value),
            (i, w) => RowText.TwoColumns(w, entries[i].Key, Alignment.TableKeyWidth, entries[i].Value));
        var view = new TransportTableView(Header.For(host, table.FileName), TableText.PostmapNote(table, host.ConfigDirectory), rows);
        TemplateRunner.Run(templates.Get("sasl_passwd.scriban"), view, writer);
    }
}
