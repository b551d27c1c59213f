using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Everything a host writes to main.cf: its <see cref="MailHost.MainCf"/> parameters, the
/// per-service parameters of its master.cf services under their derived names, and the
/// definitions of the parameters and restriction classes of its own that it uses anywhere
/// (<see cref="CustomParameter"/>), in name order.
/// </summary>
internal static class HostParameters
{
    // Validation, rendering and the read-back each ask for a host's main.cf; the host is immutable,
    // so it is computed once per host object.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MailHost, IReadOnlyList<ParameterSetting>> Computed = new();

    public static IReadOnlyList<ParameterSetting> MainCf(MailHost host) => Computed.GetValue(host, Compute);

    private static IReadOnlyList<ParameterSetting> Compute(MailHost host)
    {
        var definitions = CustomDefinitions(host);
        var settings = host.MainCf.Settings
            .Concat(host.MasterCf.Services.SelectMany(service => service.Transport.SettingsFor(service.Name)))
            .Concat(definitions.Select(d => d.Setting));
        var classes = definitions.OfType<RestrictionClass>().Select(c => c.Name).ToList();
        if (classes.Count > 0)
        {
            // Each class is named in smtpd_restriction_classes, after the names the host lists itself.
            var listed = host.MainCf.SmtpdRestrictionClasses ?? [];
            settings = settings.Where(s => s.Name != ParameterCatalog.SmtpdRestrictionClasses.Name)
                .Append(new ParameterSetting(ParameterCatalog.SmtpdRestrictionClasses, ValueList.Of(listed.Concat(classes.Except(listed)))));
        }

        return ProxyApproval.Complete(host, settings.ToList()).OrderBy(setting => setting.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The parameter objects of the host's own that its main.cf, its services' <c>-o</c> options,
    /// its tables or other such objects use, each once (by value), ordered by name.
    /// </summary>
    public static IReadOnlyList<CustomParameter> CustomDefinitions(MailHost host)
    {
        var found = new List<CustomParameter>();
        // By reference: a table's value hash would hash every entry, and visiting an equal table twice finds the same.
        var visitedTables = new HashSet<LookupTable>(ReferenceEqualityComparer.Instance);
        foreach (var setting in host.MainCf.Settings.Concat(host.MasterCf.Services.SelectMany(s => s.Overrides.Settings)))
        {
            Visit(setting.Value, found, visitedTables);
        }

        foreach (var table in host.Tables)
        {
            Visit(table, found, visitedTables);
        }

        return found.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
    }

    private static void Visit(object? value, List<CustomParameter> found, HashSet<LookupTable> visitedTables)
    {
        switch (value)
        {
            case Expansion expansion:
                foreach (var definition in expansion.Defines)
                {
                    Define(definition, found, visitedTables);
                }

                break;
            case TableExpansion tables:
                Visit(tables.Expansion, found, visitedTables);
                break;
            case LookupTable table when visitedTables.Add(table):
                foreach (var restriction in HostTables.Nested(table))
                {
                    Visit(restriction, found, visitedTables);
                }

                break;
            case Restriction restriction:
                if (restriction.Definition is { } standing)
                {
                    Define(standing, found, visitedTables);
                }

                Visit(restriction.Table, found, visitedTables);
                break;
            case IEnumerable<Restriction> restrictions:
                foreach (var restriction in restrictions)
                {
                    Visit(restriction, found, visitedTables);
                }

                break;
            case IEnumerable<TableReference> tables:
                foreach (var table in tables)
                {
                    Visit(table, found, visitedTables);
                }

                break;
        }
    }

    private static void Define(CustomParameter definition, List<CustomParameter> found, HashSet<LookupTable> visitedTables)
    {
        if (found.Contains(definition))
        {
            return;
        }

        found.Add(definition);
        Visit(definition.Value, found, visitedTables);
    }
}
