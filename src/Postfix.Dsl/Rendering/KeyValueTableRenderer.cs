using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Builds the literal-key tables whose lines are <c>key value</c> (transport, TLS policy, SASL
/// passwords, aliases, virtual, canonical, relocated, sender logins and relay hosts, bcc): one aligned line per entry,
/// in model order, with the template of the table's kind. The same lines are what the read-back expects.
/// </summary>
internal static class KeyValueTableRenderer
{
    /// <summary>The (key, value) lines of <paramref name="table"/> as written; null for a table of another shape.</summary>
    public static IReadOnlyList<(string Key, string Value)>? Lines(LookupTable table) => table switch
    {
        TransportTable transport => transport.Entries.Select(e => (e.Key.Text, TransportText.Route(e.Route))).ToList(),
        TlsPolicyTable policy => policy.Entries.Select(e => (e.Destination.Text, e.Policy.Text)).ToList(),
        SaslPasswordTable sasl => sasl.Entries.Select(e => (e.Key, e.Value)).ToList(),
        AliasTable aliases => aliases.Entries.Select(e => (e.Key, e.Value)).ToList(),
        VirtualAliasTable virtualAliases => virtualAliases.Entries.Select(e => (e.Key.Text, e.Value)).ToList(),
        CanonicalTable canonical => canonical.Entries.Select(e => (e.Key.Text, e.Address)).ToList(),
        RelocatedTable relocated => relocated.Entries.Select(e => (e.Key.Text, e.NewContact)).ToList(),
        SenderLoginTable logins => logins.Entries.Select(e => (e.Key.Text, string.Join(", ", e.Logins))).ToList(),
        SenderRelayhostTable relayhosts => relayhosts.Entries.Select(e => (e.Key.Text, TransportText.Nexthop(e.Relayhost))).ToList(),
        BccTable bcc => bcc.Entries.Select(e => (e.Key.Text, e.Address)).ToList(),
        _ => null,
    };

    /// <summary>The template of each kind, so a user can override one kind's layout.</summary>
    public static string TemplateOf(LookupTable table) => table switch
    {
        TransportTable => "transport.scriban",
        TlsPolicyTable => "tls_policy.scriban",
        SaslPasswordTable => "sasl_passwd.scriban",
        AliasTable => "aliases.scriban",
        VirtualAliasTable => "virtual.scriban",
        _ => "address.scriban",
    };

    public static void Render(MailHost host, LookupTable table, IReadOnlyList<(string Key, string Value)> lines, TemplateSet templates, TextWriter writer)
    {
        var rows = new Rows<KeyValueRowView>(
            lines.Count,
            i => new KeyValueRowView(lines[i].Key, lines[i].Value),
            (i, w) => RowText.TwoColumns(w, lines[i].Key, Alignment.TableKeyWidth, lines[i].Value));
        var view = new KeyValueTableView(Header.For(host, table.FileName), TableText.PostmapNote(table, host.ConfigDirectory), rows);
        TemplateRunner.Run(templates.Get(TemplateOf(table)), view, writer);
    }
}
