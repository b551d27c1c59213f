using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Tables the host writes but nothing references (PFX0309), and references to files in the host's
/// config directory that the host does not write (PFX0310).
/// </summary>
internal static class TableUsage
{
    public static void Check(ValidationContext context)
    {
        var host = context.Host;
        var referenced = HostTables.Collect(host with { Tables = [] });
        foreach (var table in host.Tables.Where(t => !referenced.Contains(t)))
        {
            context.Report(ValidationRules.UnreferencedTable, table.FileName, "(table)", table.FileName,
                "is written, but no parameter or restriction of the host references it, so Postfix never reads it",
                "a reference from a parameter or restriction (e.g. CheckClientAccess(table)), or the table removed from MailHost.Tables");
        }

        var written = HostTables.Collect(host).Select(t => t.FileName).ToHashSet();
        var prefix = host.ConfigDirectory.TrimEnd('/') + "/";
        foreach (var (location, reference) in ExternalReferences(host))
        {
            var colon = reference.IndexOf(':');
            var path = colon < 0 ? reference : reference[(colon + 1)..];
            if (path.StartsWith(prefix, System.StringComparison.Ordinal) && !written.Contains(path[prefix.Length..]))
            {
                context.Report(ValidationRules.TableNotInHost, location.Artifact, location.Name, reference,
                    $"names a file in {host.ConfigDirectory} that this host does not write; it must be put there by other means",
                    "a table object of the host (AccessTable, RegexpTable, TransportTable), so the file and the reference cannot disagree");
            }
        }
    }

    private static IEnumerable<((string Artifact, string Name) Location, string Reference)> ExternalReferences(MailHost host)
    {
        var sources = new List<(string Artifact, string Prefix, Parameters Parameters)> { ("main.cf", string.Empty, host.MainCf) };
        sources.AddRange(host.MasterCf.Services.Select(s => ("master.cf", ServiceLocation.Overrides(s), s.Overrides)));
        foreach (var (artifact, locationPrefix, parameters) in sources)
        {
            foreach (var setting in parameters.Settings)
            {
                var tables = setting.Value switch
                {
                    IReadOnlyList<TableReference> list => list,
                    IReadOnlyList<Restriction> restrictions => restrictions.Select(r => r.Table).OfType<TableReference>(),
                    _ => [],
                };
                foreach (var external in tables.OfType<ExternalTable>())
                {
                    yield return ((artifact, locationPrefix + setting.Name), external.Reference);
                }
            }
        }
    }
}
