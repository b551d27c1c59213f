using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>Renders every file of a host that passed validation.</summary>
internal static class HostRenderer
{
    public static RenderedHost Render(MailHost host, TemplateSet templates)
    {
        var files = new List<RenderedFile>
        {
            new("main.cf", MainCfRenderer.Render(host, templates)),
            new("master.cf", MasterCfRenderer.Render(host, templates)),
        };
        foreach (var table in HostTables.Collect(host))
        {
            files.Add(new RenderedFile(table.FileName, table switch
            {
                AccessTable access => AccessTableRenderer.Render(host, access, templates),
                RegexpTable regexp => RegexpTableRenderer.Render(host, regexp, templates),
                TransportTable transport => TransportTableRenderer.Render(host, transport, templates),
                _ => throw new System.InvalidOperationException($"No renderer for {table.GetType().Name}."),
            }));
        }

        // Only a host that sets its syslog.conf gets one: most log through the system's own configuration.
        if (host.SyslogConf is { } syslog)
        {
            files.Add(new RenderedFile("syslog.conf", SyslogRenderer.Render(host, syslog, templates)));
        }
        return new RenderedHost(host.Name, files);
    }
}
