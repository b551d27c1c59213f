using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// The lookup tables a host generates: every <see cref="LookupTable"/> referenced from main.cf,
/// from master.cf overrides, from restrictions inside access tables, plus <see cref="MailHost.Tables"/>.
/// </summary>
internal static class HostTables
{
    // Validation, rendering and the read-back each collect a host's tables: once per (immutable) host.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MailHost, IReadOnlyList<LookupTable>> Collected = new();

    // The restrictions inside an access table's actions, found once per table, not once per host and use.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LookupTable, Restriction[]> NestedOf = new();

    /// <summary>The distinct tables (by value), ordered by file name.</summary>
    public static IReadOnlyList<LookupTable> Collect(MailHost host) => Collected.GetValue(host, Compute);

    /// <summary>
    /// The restrictions that <paramref name="table"/>'s access actions hold (a restriction-list action), in order:
    /// an access table's entries, or a pattern table's <see cref="RegexpAccess"/> rules; none for other tables.
    /// </summary>
    public static IReadOnlyList<Restriction> Nested(LookupTable table) =>
        table is AccessTable or RegexpTable
            ? NestedOf.GetValue(table, static t => t switch
            {
                AccessTable access => access.Entries.SelectMany(e => e.Action.Restrictions).ToArray(),
                RegexpTable regexp => AccessActions(regexp.Rules).SelectMany(a => a.Restrictions).ToArray(),
                _ => [],
            })
            : [];

    /// <summary>The access actions of a pattern table's rules, inside if/endif blocks too, in order.</summary>
    public static IEnumerable<AccessAction> AccessActions(IEnumerable<RegexpRule> rules) => rules.SelectMany(rule => rule switch
    {
        RegexpAccess access => [access.Action],
        RegexpIf block => AccessActions(block.Rules),
        _ => Enumerable.Empty<AccessAction>(),
    });

    private static IReadOnlyList<LookupTable> Compute(MailHost host)
    {
        var found = new List<LookupTable>();
        // main.cf as written, so the tables of the host's own parameter objects are generated too.
        AddFrom(HostParameters.MainCf(host), found);
        foreach (var service in host.MasterCf.Services)
        {
            AddFrom(service.Overrides.Settings, found);
        }

        foreach (var table in host.Tables)
        {
            Add(table, found);
        }

        return found.OrderBy(t => t.FileName, System.StringComparer.Ordinal).ToList();
    }

    private static void AddFrom(IEnumerable<ParameterSetting> settings, List<LookupTable> found)
    {
        foreach (var setting in settings)
        {
            switch (setting.Value)
            {
                case IReadOnlyList<TableReference> tables:
                    foreach (var table in tables.OfType<LookupTable>())
                    {
                        Add(table, found);
                    }

                    break;
                case IReadOnlyList<Restriction> restrictions:
                    AddFrom(restrictions, found);
                    break;
                case IReadOnlyList<NetworkItem> networks:
                    foreach (var table in networks.Select(n => n.Table).OfType<NetworkTable>())
                    {
                        Add(table, found);
                    }

                    break;
            }
        }
    }

    private static void AddFrom(IEnumerable<Restriction> restrictions, List<LookupTable> found)
    {
        foreach (var restriction in restrictions)
        {
            if (restriction.Table is LookupTable table)
            {
                Add(table, found);
            }
        }
    }

    private static void Add(LookupTable table, List<LookupTable> found)
    {
        if (found.Contains(table))
        {
            return;
        }

        found.Add(table);
        AddFrom(Nested(table), found);
        if (table is MemcacheTable { Backup: LookupTable backup })
        {
            Add(backup, found); // written with the definition that names it
        }
    }
}
