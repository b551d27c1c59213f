using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Checks every restriction list, in main.cf and in master.cf <c>-o</c> overrides: obsolete names
/// (PFX0300), restrictions that can never be reached (PFX0303), DNS checks before permit_mynetworks
/// (PFX0304), login checks after permit_sasl_authenticated (PFX0318), client lookups in tables keyed
/// by e-mail addresses (PFX0320). The predicates live in <c>Predicates/</c>, shared with the analyzers.
/// </summary>
internal static class RestrictionListChecks
{
    public static void Check(ValidationContext context)
    {
        CheckParameters(context, context.Host.MainCf, "main.cf", string.Empty);
        foreach (var service in context.Host.MasterCf.Services)
        {
            CheckParameters(context, service.Overrides, "master.cf", ServiceLocation.Overrides(service));
        }
    }

    private static void CheckParameters(ValidationContext context, Parameters parameters, string artifact, string locationPrefix)
    {
        foreach (var setting in parameters.Settings)
        {
            if (setting.Value is IReadOnlyList<Restriction> restrictions)
            {
                CheckList(context, artifact, locationPrefix + setting.Name, restrictions);
            }
        }
    }

    private static void CheckList(ValidationContext context, string artifact, string location, IReadOnlyList<Restriction> restrictions)
    {
        foreach (var restriction in restrictions)
        {
            if (ObsoleteRestrictions.Find(restriction.Name) is { } replacement)
            {
                context.Report(ValidationRules.ObsoleteRestriction, artifact, location, restriction.Name, RuleTexts.ObsoleteRestriction(replacement));
            }
        }

        var names = restrictions.Select(r => r.Name).ToList();
        var shown = string.Join(", ", names);
        if (RestrictionOrder.FirstUnconditional(names) is { } stop)
        {
            context.Report(ValidationRules.UnreachableRestriction, artifact, location, shown, RuleTexts.Unreachable(names, stop));
        }

        foreach (var index in RestrictionOrder.DnsChecksBeforeMynetworks(names))
        {
            context.Report(ValidationRules.DnsCheckBeforeMynetworks, artifact, location, shown, RuleTexts.DnsCheckBeforeMynetworks(names[index]));
        }

        foreach (var index in SaslRestrictionOrder.AfterSaslPermit(names))
        {
            context.Report(ValidationRules.SaslCheckAfterPermit, artifact, location, shown, RuleTexts.SaslCheckAfterPermit(names[index]));
        }

        foreach (var restriction in restrictions)
        {
            if (ClientLookups.IsClientLookup(restriction.Name) && restriction.Table is AccessTable table
                && AddressKeysOf(table) is { Count: > 0, First: { } first } addresses)
            {
                context.Report(ValidationRules.AddressKeysInClientLookup, artifact, location, $"{restriction.Name} {table.FileName}",
                    RuleTexts.AddressKeysInClientLookup(ClientLookups.Problem(restriction.Name, addresses.Count, table.Entries.Count, first)));
            }
        }
    }

    // How many keys of a table are e-mail addresses, and the first: counted once per table object, as a
    // fleet's shared access table is named in every host's restrictions.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AccessTable, AddressKeys> Addresses = new();

    private static AddressKeys AddressKeysOf(AccessTable table) => Addresses.GetValue(table, static t =>
    {
        // Counted, not collected: a list of a 10,000-entry table's addresses grew a dozen times on the first host.
        var count = 0;
        string? first = null;
        foreach (var entry in t.Entries)
        {
            if (entry.Key.Kind == AccessKeyKind.Address)
            {
                first ??= entry.Key.Text;
                count++;
            }
        }

        return new AddressKeys(count, first);
    });

    private sealed record AddressKeys(int Count, string? First);
}
