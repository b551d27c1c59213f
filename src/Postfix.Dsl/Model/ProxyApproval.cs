using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// proxymap(8) opens only the tables that <c>proxy_read_maps</c> names, after expanding its
/// <c>$parameter</c> items with main.cf; any other <c>proxy:</c> lookup fails with "unapproved
/// table" and defers mail. A table the host reads through proxymap (<see cref="LookupTable.Proxied"/>)
/// is therefore added to <c>proxy_read_maps</c> when the list would not name it: when it is used in a
/// parameter the list does not expand (a restriction class, <c>postscreen_access_list</c>), in a
/// master.cf <c>-o</c> override (proxymap reads main.cf only), in an access table's restriction
/// list, as a memcache table's backup, or when the host sets its own list.
/// </summary>
internal static class ProxyApproval
{
    /// <summary>The host's main.cf settings with <c>proxy_read_maps</c> completed; the same settings when nothing is missing.</summary>
    public static IEnumerable<ParameterSetting> Complete(MailHost host, IReadOnlyList<ParameterSetting> settings)
    {
        // Where each proxied table is used: in which main.cf parameter directly, or somewhere no parameter name covers.
        var byParameter = new Dictionary<string, List<LookupTable>>(StringComparer.Ordinal);
        var used = new List<LookupTable>();
        var elsewhere = new List<LookupTable>();
        foreach (var setting in settings.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var direct = new List<LookupTable>();
            Collect(setting.Value, direct, elsewhere);
            if (direct.Count > 0)
            {
                byParameter[setting.Name] = direct;
                used.AddRange(direct);
            }
        }

        foreach (var service in host.MasterCf.Services)
        {
            foreach (var setting in service.Overrides.Settings)
            {
                Collect(setting.Value, elsewhere, elsewhere);
            }
        }

        used.AddRange(elsewhere);
        if (used.Count == 0)
        {
            return settings;
        }

        var own = settings.FirstOrDefault(s => s.Name == ParameterCatalog.ProxyReadMaps.Name)?.Value as IReadOnlyList<TableReference>;
        var items = own ?? DefaultItems();
        var approved = new HashSet<LookupTable>(items.OfType<LookupTable>());
        foreach (var name in Expanded(items, settings))
        {
            if (byParameter.TryGetValue(name, out var tables))
            {
                approved.UnionWith(tables);
            }
        }

        var missing = used.Distinct().Where(t => !approved.Contains(t)).ToList();
        if (missing.Count == 0)
        {
            return settings;
        }

        var completed = new ParameterSetting(ParameterCatalog.ProxyReadMaps, ValueList.Of(items.Concat(missing)));
        return settings.Where(s => s.Name != ParameterCatalog.ProxyReadMaps.Name).Append(completed);
    }

    /// <summary>Postfix's own list, as <c>$name</c> items.</summary>
    private static IReadOnlyList<TableReference> DefaultItems() =>
        ParameterCatalog.ProxyReadMaps.Default
            .Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(item => (TableReference)Expansion.Parse(item))
            .ToList();

    /// <summary>The parameter names the list expands, following <c>$name</c> items through main.cf's own values.</summary>
    private static HashSet<string> Expanded(IReadOnlyList<TableReference> items, IReadOnlyList<ParameterSetting> settings)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(items.OfType<TableExpansion>().SelectMany(e => e.Expansion.Names));
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!names.Add(name))
            {
                continue;
            }

            var value = settings.FirstOrDefault(s => s.Name == name)?.Value;
            var nested = value switch
            {
                IReadOnlyList<TableReference> tables => tables.OfType<TableExpansion>().SelectMany(e => e.Expansion.Names),
                IEnumerable<string> words => words.SelectMany(ParameterReferences.In),
                _ => [],
            };
            foreach (var next in nested)
            {
                pending.Push(next);
            }
        }

        return names;
    }

    /// <summary>A memcache table's proxied backup: its client opens it through proxymap, and no parameter names it.</summary>
    private static void AddBackup(LookupTable table, List<LookupTable> nested)
    {
        if (table is MemcacheTable { Backup: LookupTable { Proxied: true } backup })
        {
            nested.Add(backup);
        }
    }

    /// <summary>The proxied tables a value names: as its own items into <paramref name="direct"/>, inside access tables' restriction lists into <paramref name="nested"/>.</summary>
    private static void Collect(object? value, List<LookupTable> direct, List<LookupTable> nested)
    {
        switch (value)
        {
            case IReadOnlyList<TableReference> tables:
                foreach (var table in tables.OfType<LookupTable>())
                {
                    if (table.Proxied)
                    {
                        direct.Add(table);
                    }

                    AddBackup(table, nested);
                }

                break;
            case IReadOnlyList<NetworkItem> networks:
                direct.AddRange(networks.Select(n => n.Table).OfType<NetworkTable>().Where(t => t.Proxied));
                break;
            case IReadOnlyList<Restriction> restrictions:
                foreach (var restriction in restrictions)
                {
                    if (restriction.Table is LookupTable table)
                    {
                        if (table.Proxied)
                        {
                            direct.Add(table);
                        }

                        AddBackup(table, nested);
                        Collect(HostTables.Nested(table), nested, nested);
                    }
                }

                break;
        }
    }
}
