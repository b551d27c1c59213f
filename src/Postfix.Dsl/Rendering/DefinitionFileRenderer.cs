using System.IO;

namespace Postfix.Dsl;

/// <summary>One <c>name = value</c> line of a database table definition.</summary>
internal sealed record DefinitionLineView(string Name, string Value) : IRowView
{
    /// <summary>The line as written.</summary>
    public string Line => Name + " = " + Value;
}

/// <summary>Builds a database table definition (<c>sqlite:</c>, <c>ldap:</c> .cf file): the header, then its <c>name = value</c> lines.</summary>
internal static class DefinitionFileRenderer
{
    public static void Render(MailHost host, DatabaseTable table, LoadedTemplate template, TextWriter writer)
    {
        var lines = table.DefinitionIn(host.ConfigDirectory);
        var rows = new Rows<DefinitionLineView>(
            lines.Count,
            i => new DefinitionLineView(lines[i].Name, lines[i].Value),
            (i, w) =>
            {
                w.Write(lines[i].Name);
                w.Write(" = ");
                w.Write(lines[i].Value);
                w.Write('\n');
            });
        var note = $"Referenced as {TableText.Reference(table, host.ConfigDirectory)}; Postfix reads it at process start: run postfix reload after a change.";
        var view = new NotedTableView<DefinitionLineView>(Header.For(host, table.FileName), note, rows);
        TemplateRunner.Run(template, view, writer);
    }
}
