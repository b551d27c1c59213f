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
        // A host that lists no table of its own has none unreferenced: no copy of it to collect from.
        var referenced = host.Tables.Count == 0 ? [] : HostTables.Collect(host with { Tables = [] });
        foreach (var table in host.Tables.Where(t => !referenced.Contains(t)))
        {
            context.Report(ValidationRules.UnreferencedTable, table.FileName, "(table)", table.FileName,
                "is written, but no parameter or restriction of the host references it, so Postfix never reads it",
                "a reference from a parameter or restriction (e.g. CheckClientAccess(table)), or the table removed from MailHost.Tables");
        }

        // One note per file, at its first reference: a table the host's installer provides is
        // typically referenced from several parameters, and one note says all there is to say.
        // Grouped by hand over a class, in order of first reference: LINQ grouping of value tuples has
        // no precompiled code and cost a short emitter twenty methods to compile.
        var written = HostTables.Collect(host).Select(t => t.FileName).ToHashSet();
        var prefix = host.ConfigDirectory.TrimEnd('/') + "/";
        var byPath = new Dictionary<string, List<ExternalReference>>(System.StringComparer.Ordinal);
        var paths = new List<string>();
        foreach (var reference in ExternalReferences(host))
        {
            if (!reference.Path.StartsWith(prefix, System.StringComparison.Ordinal) || written.Contains(reference.Path[prefix.Length..]))
            {
                continue;
            }

            if (!byPath.TryGetValue(reference.Path, out var same))
            {
                byPath.Add(reference.Path, same = []);
                paths.Add(reference.Path);
            }

            same.Add(reference);
        }

        foreach (var path in paths)
        {
            var first = byPath[path][0];
            var more = byPath[path].Count - 1;
            context.Report(ValidationRules.TableNotInHost, first.Artifact, first.Location, first.Reference,
                $"names a file in {host.ConfigDirectory} that this host does not write; it must be put there by other means"
                + (more == 0 ? string.Empty : $" (referenced {more} more time(s) in this host, noted once)"),
                "a table object of the host (AccessTable, RegexpTable, TransportTable, SaslPasswordTable, TlsPolicyTable, AliasTable, VirtualAliasTable, VirtualMailboxTable, SqliteTable, LdapTable, PgsqlTable, MysqlTable, MemcacheTable, CanonicalTable, RelocatedTable, SenderLoginTable, SenderRelayhostTable, BccTable), so the file and the reference cannot disagree, or [SuppressMessage(\"Postfix.Dsl\", \"PFX0310\", Justification = ...)] on the host when its installer provides the file");
        }
    }

    /// <summary>A reference to a file the host does not write: where it is, as written, and the file's path.</summary>
    private sealed record ExternalReference(string Artifact, string Location, string Reference)
    {
        public string Path { get; } = Reference.IndexOf(':') is var colon and >= 0 ? Reference[(colon + 1)..] : Reference;
    }

    private static IEnumerable<ExternalReference> ExternalReferences(MailHost host)
    {
        // Looked at value by value without a sequence per setting: nearly every value of every host names no table.
        foreach (var place in ParameterPlace.Of(host, host.MainCf.Settings))
        {
            foreach (var setting in place.Settings)
            {
                switch (setting.Value)
                {
                    case IReadOnlyList<TableReference> tables:
                        foreach (var table in tables)
                        {
                            if (table is ExternalTable external)
                            {
                                yield return new ExternalReference(place.Artifact, place.Prefix + setting.Name, external.Reference);
                            }
                        }

                        break;
                    case IReadOnlyList<Restriction> restrictions:
                        foreach (var restriction in restrictions)
                        {
                            if (restriction.Table is ExternalTable external)
                            {
                                yield return new ExternalReference(place.Artifact, place.Prefix + setting.Name, external.Reference);
                            }
                        }

                        break;
                }
            }
        }
    }
}
