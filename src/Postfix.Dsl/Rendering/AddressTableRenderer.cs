using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>Builds the address tables (canonical, relocated, sender login): one <c>key value</c> line per entry, in model order.</summary>
internal static class AddressTableRenderer
{
    /// <summary>The (key, value) lines of an address table, as written and as read back.</summary>
    public static IReadOnlyList<(string Key, string Value)> Lines(LookupTable table) => table switch
    {
        CanonicalTable canonical => canonical.Entries.Select(e => (e.Key.Text, e.Address)).ToList(),
        RelocatedTable relocated => relocated.Entries.Select(e => (e.Key.Text, e.NewContact)).ToList(),
        SenderLoginTable logins => logins.Entries.Select(e => (e.Key.Text, string.Join(", ", e.Logins))).ToList(),
        _ => throw new System.InvalidOperationException($"{table.GetType().Name} is not an address table."),
    };

    public static void Render(MailHost host, LookupTable table, TemplateSet templates, TextWriter writer)
    {
        var lines = Lines(table);
        var rows = new Rows<TransportEntryView>(
            lines.Count,
            i => new TransportEntryView(lines[i].Key, lines[i].Value),
            (i, w) => RowText.TwoColumns(w, lines[i].Key, Alignment.TableKeyWidth, lines[i].Value));
        var view = new TransportTableView(Header.For(host, table.FileName), TableText.PostmapNote(table, host.ConfigDirectory), rows);
        TemplateRunner.Run(templates.Get("address.scriban"), view, writer);
    }
}
