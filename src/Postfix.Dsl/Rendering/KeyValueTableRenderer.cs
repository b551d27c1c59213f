using System.Collections.Generic;
using System.IO;

namespace Postfix.Dsl;

/// <summary>
/// Builds the literal-key tables whose lines are <c>key value</c> (transport, TLS policy, SASL
/// passwords, aliases, virtual aliases and mailboxes, canonical, relocated, sender logins and relay hosts, bcc): one aligned line per entry,
/// in model order, with the template of the table's kind. The same lines are what the read-back expects.
/// </summary>
internal static class KeyValueTableRenderer
{
    /// <summary>The (key, value) lines of <paramref name="table"/> as written; null for a table of another shape.</summary>
    /// <remarks>A view over the entries, not a copy: a table of a million entries is never held twice.</remarks>
    public static IReadOnlyList<(string Key, string Value)>? Lines(LookupTable table) => table switch
    {
        TransportTable transport => Project(transport.Entries, e => (e.Key.Text, TransportText.Route(e.Route))),
        TlsPolicyTable policy => Project(policy.Entries, e => (e.Destination.Text, e.Policy.Text)),
        SaslPasswordTable sasl => Project(sasl.Entries, e => (e.Key, e.Value)),
        AliasTable aliases => Project(aliases.Entries, e => (e.Key, e.Value)),
        VirtualAliasTable virtualAliases => Project(virtualAliases.Entries, e => (e.Key.Text, e.Value)),
        VirtualMailboxTable mailboxes => Project(mailboxes.Entries, e => (e.Key.Text, e.Value)),
        CanonicalTable canonical => Project(canonical.Entries, e => (e.Key.Text, e.Address)),
        RelocatedTable relocated => Project(relocated.Entries, e => (e.Key.Text, e.NewContact)),
        SenderLoginTable logins => Project(logins.Entries, e => (e.Key.Text, string.Join(", ", e.Logins))),
        SenderRelayhostTable relayhosts => Project(relayhosts.Entries, e => (e.Key.Text, TransportText.Nexthop(e.Relayhost))),
        BccTable bcc => Project(bcc.Entries, e => (e.Key.Text, e.Address)),
        NetworkTable networks => Project(networks.Networks, n => (n, "OK")), // the answer is ignored: membership is what counts
        _ => null,
    };

    private static IReadOnlyList<(string Key, string Value)> Project<T>(IReadOnlyList<T> entries, System.Func<T, (string Key, string Value)> line) =>
        new ProjectedList<T, (string Key, string Value)>(entries, line);

    /// <summary>The template of each kind, so a user can override one kind's layout.</summary>
    public static string TemplateOf(LookupTable table) => table switch
    {
        TransportTable => "transport.scriban",
        TlsPolicyTable => "tls_policy.scriban",
        SaslPasswordTable => "sasl_passwd.scriban",
        AliasTable => "aliases.scriban",
        VirtualAliasTable or VirtualMailboxTable => "virtual.scriban",
        _ => "address.scriban",
    };

    public static void Render(MailHost host, LookupTable table, IReadOnlyList<(string Key, string Value)> lines, LoadedTemplate template, TextWriter writer)
    {
        var rows = new Rows<KeyValueRowView>(
            lines.Count,
            i =>
            {
                var (key, value) = lines[i];
                return new KeyValueRowView(key, value);
            },
            (i, w) =>
            {
                var (key, value) = lines[i]; // one projection per row
                RowText.TwoColumns(w, key, Alignment.TableKeyWidth, value);
            });
        var view = new NotedTableView<KeyValueRowView>(Header.For(host, table.FileName), TableText.PostmapNote(table, host.ConfigDirectory), rows);
        TemplateRunner.Run(template, view, writer);
    }
}
