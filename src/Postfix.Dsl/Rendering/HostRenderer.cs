using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>One file of a host, still to be rendered: its name, whether it holds secrets, and how to write it.</summary>
/// <param name="Name">The file name inside the host's folder.</param>
/// <param name="Secret">True for a file created with mode 0600.</param>
/// <param name="Write">Renders the file into a writer (LF line endings, final newline).</param>
internal sealed record FileRender(string Name, bool Secret, Action<TextWriter> Write)
{
    /// <summary>For a table whose bytes after the header line are the same for every host that shares it; null otherwise.</summary>
    public SharedTable? Shared { get; init; }
}

/// <summary>
/// What a table file's bytes after its header line depend on: the table, the config directory its
/// references are written for, and the template (one whose header is on its first line only).
/// </summary>
/// <param name="Table">The table object (hosts of a fleet share one).</param>
/// <param name="ConfigDirectory">The host's config directory, which the table's notes and actions name.</param>
/// <param name="Template">The template that lays the file out.</param>
/// <param name="Header">This host's header line (a comment; without its newline).</param>
internal sealed record SharedTable(LookupTable Table, string ConfigDirectory, LoadedTemplate Template, string Header);

/// <summary>Renders every file of a host that passed validation.</summary>
internal static class HostRenderer
{
    /// <summary>The host's files in their stable order (main.cf, master.cf, tables by name, syslog.conf), each rendered when written.</summary>
    public static IReadOnlyList<FileRender> Files(MailHost host, TemplateSet templates)
    {
        var files = new List<FileRender>
        {
            new("main.cf", false, writer => MainCfRenderer.Render(host, templates, writer)),
            new("master.cf", false, writer => MasterCfRenderer.Render(host, templates, writer)),
        };
        foreach (var table in HostTables.Collect(host))
        {
            var template = templates.Get(TemplateOf(table));
            Action<TextWriter> write = table switch
            {
                AccessTable access => writer => AccessTableRenderer.Render(host, access, template, writer),
                RegexpTable regexp => writer => RegexpTableRenderer.Render(host, regexp, template, writer),
                DatabaseTable database => writer => DefinitionFileRenderer.Render(host, database, template, writer),
                _ when KeyValueTableRenderer.Lines(table) is { } lines => writer => KeyValueTableRenderer.Render(host, table, lines, template, writer),
                _ => throw new InvalidOperationException($"No renderer for {table.GetType().Name}."),
            };
            var shared = template.HeaderOnFirstLineOnly ? new SharedTable(table, host.ConfigDirectory, template, Header.For(host, table.FileName)) : null;

            // A table that holds secrets (their markers, and once deployed their values) is readable by root only.
            files.Add(new FileRender(table.FileName, table.HoldsSecrets, write) { Shared = shared });
        }

        // Only a host that sets its syslog.conf gets one: most log through the system's own configuration.
        if (host.SyslogConf is { } syslog)
        {
            files.Add(new FileRender("syslog.conf", false, writer => SyslogRenderer.Render(host, syslog, templates, writer)));
        }

        return files;
    }

    /// <summary>The template that lays out <paramref name="table"/>'s file.</summary>
    private static string TemplateOf(LookupTable table) => table switch
    {
        AccessTable => "access.scriban",
        RegexpTable => "regexp.scriban",
        DatabaseTable => "definition.scriban",
        _ => KeyValueTableRenderer.TemplateOf(table),
    };

    /// <summary>Every file of the host rendered in memory.</summary>
    public static RenderedHost Render(MailHost host, TemplateSet templates) =>
        new(host.Name, Files(host, templates).Select(file =>
        {
            var text = new StringWriter();
            file.Write(text);
            return new RenderedFile(file.Name, text.ToString()) { Secret = file.Secret };
        }).ToList());
}
