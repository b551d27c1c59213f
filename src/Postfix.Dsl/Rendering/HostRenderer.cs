using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>One file of a host, still to be rendered: its name, whether it holds secrets, and how to write it.</summary>
/// <param name="Name">The file name inside the host's folder.</param>
/// <param name="Secret">True for a file created with mode 0600.</param>
/// <param name="Write">Renders the file into a writer (LF line endings, final newline).</param>
internal sealed record FileRender(string Name, bool Secret, Action<TextWriter> Write);

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
            Action<TextWriter> write = table switch
            {
                AccessTable access => writer => AccessTableRenderer.Render(host, access, templates, writer),
                RegexpTable regexp => writer => RegexpTableRenderer.Render(host, regexp, templates, writer),
                DatabaseTable database => writer => DefinitionFileRenderer.Render(host, database, templates, writer),
                _ when KeyValueTableRenderer.Lines(table) is { } lines => writer => KeyValueTableRenderer.Render(host, table, lines, templates, writer),
                _ => throw new InvalidOperationException($"No renderer for {table.GetType().Name}."),
            };
            // A table that holds secrets (their markers, and once deployed their values) is readable by root only.
            files.Add(new FileRender(table.FileName, table.HoldsSecrets, write));
        }

        // Only a host that sets its syslog.conf gets one: most log through the system's own configuration.
        if (host.SyslogConf is { } syslog)
        {
            files.Add(new FileRender("syslog.conf", false, writer => SyslogRenderer.Render(host, syslog, templates, writer)));
        }

        return files;
    }

    /// <summary>Every file of the host rendered in memory.</summary>
    public static RenderedHost Render(MailHost host, TemplateSet templates) =>
        new(host.Name, Files(host, templates).Select(file =>
        {
            var text = new StringWriter();
            file.Write(text);
            return new RenderedFile(file.Name, text.ToString()) { Secret = file.Secret };
        }).ToList());
}
