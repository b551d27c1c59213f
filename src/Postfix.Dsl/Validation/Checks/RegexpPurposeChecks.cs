using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// A pattern table holds the kind of rule its use reads (PFX0328): content checks (header_checks,
/// body_checks and the rest) read each answer as a header_checks(5) action, access restrictions
/// (<c>check_sender_access</c>…) as an access(5) action. The same words mean different things there
/// (REJECT refuses the message, or the one recipient), and some exist in one only, so a table of
/// <see cref="RegexpAccess"/> rules in a content check, or of <see cref="RegexpMatch"/> rules in an
/// access restriction, is an error.
/// </summary>
internal static class RegexpPurposeChecks
{
    public static void Check(ValidationContext context)
    {
        var host = context.Host;
        var sources = ParameterPlace.Of(host, HostParameters.MainCf(host));
        // One set per rule, not a set of (table, bool) value tuples (compiled at run time).
        var reportedAccess = new HashSet<RegexpTable>();
        var reportedContent = new HashSet<RegexpTable>();
        foreach (var place in sources)
        {
            foreach (var setting in place.Settings)
            {
                switch (setting.Value)
                {
                    case IReadOnlyList<TableReference> tables when ContentCheckParameters.Header.Contains(setting.Name) || ContentCheckParameters.Body.Contains(setting.Name):
                        foreach (var table in tables.OfType<RegexpTable>().Where(t => RuleKindsOf(t).Access && reportedAccess.Add(t)))
                        {
                            context.Report(ValidationRules.PatternRulesForAnotherPurpose, place.Artifact, place.Prefix + setting.Name, table.FileName,
                                $"holds access(5) rules (RegexpAccess), but {setting.Name} reads each answer as a header_checks(5) action",
                                "RegexpMatch rules with a HeaderAction in a table for content checks; RegexpAccess rules in a separate table for access restrictions");
                        }

                        break;
                    case IReadOnlyList<Restriction> restrictions:
                        foreach (var (restriction, table) in AccessTables(restrictions, new HashSet<LookupTable>(ReferenceEqualityComparer.Instance)))
                        {
                            if (table is RegexpTable pattern && RuleKindsOf(pattern).Content && reportedContent.Add(pattern))
                            {
                                context.Report(ValidationRules.PatternRulesForAnotherPurpose, place.Artifact, place.Prefix + setting.Name, table.FileName,
                                    $"holds header_checks rules (RegexpMatch), but {restriction.Name} reads each answer as an access(5) action",
                                    "RegexpAccess rules with an AccessAction in a table for access restrictions; RegexpMatch rules in a separate table for header or body checks");
                            }
                        }

                        break;
                }
            }
        }
    }

    /// <summary>The tables that restrictions look keys up in, with the restriction, inside access tables' restriction lists too.</summary>
    private static IEnumerable<(Restriction Restriction, LookupTable Table)> AccessTables(IEnumerable<Restriction> restrictions, HashSet<LookupTable> visited)
    {
        foreach (var restriction in restrictions)
        {
            if (restriction.Table is LookupTable table && visited.Add(table))
            {
                yield return (restriction, table);
                foreach (var nested in AccessTables(HostTables.Nested(table), visited))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>
    /// Which kinds of rule a table holds, found once per table: the model is immutable, and a fleet's
    /// shared header_checks of a thousand rules was scanned again for every host.
    /// </summary>
    private static RuleKinds RuleKindsOf(RegexpTable table) =>
        KindsOf.GetValue(table, static t => new RuleKinds(HostTables.AccessActions(t.Rules).Any(), ContentMatches(t.Rules)));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RegexpTable, RuleKinds> KindsOf = new();

    private static bool ContentMatches(IEnumerable<RegexpRule> rules) =>
        rules.Any(rule => rule is RegexpMatch || (rule is RegexpIf block && ContentMatches(block.Rules)));

    /// <summary>A table's rules: whether any is an access(5) rule, whether any is a header_checks(5) one.</summary>
    private sealed record RuleKinds(bool Access, bool Content);
}
