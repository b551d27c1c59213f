using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// Ordering mistakes in a restriction list, which Postfix evaluates left to right and stops at the
/// first permit or reject (PFX0303, PFX0304). Shared with the analyzers and the reordering code fix.
/// </summary>
internal static class RestrictionOrder
{
    /// <summary>
    /// The index of the first restriction that decides unconditionally (<c>permit</c>, <c>reject</c>,
    /// <c>defer</c>) when another follows it; null when nothing is unreachable.
    /// </summary>
    public static int? FirstUnconditional(IReadOnlyList<string> names)
    {
        for (var i = 0; i < names.Count - 1; i++)
        {
            if (names[i] is "permit" or "reject" or "defer")
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// The indexes of DNS checks (<c>reject_unknown_*</c>, <c>reject_rbl_client</c>, ...) placed before
    /// <c>permit_mynetworks</c>: they reject the host's own clients whenever DNS fails them. Empty when
    /// the list has no permit_mynetworks or it comes first.
    /// </summary>
    public static IReadOnlyList<int> DnsChecksBeforeMynetworks(IReadOnlyList<string> names)
    {
        var mynetworks = IndexOf(names, "permit_mynetworks");
        var found = new List<int>();
        for (var i = 0; i < mynetworks; i++)
        {
            if (IsDnsCheck(names[i]))
            {
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>
    /// The order with <c>permit_mynetworks</c> moved just before the first DNS check that preceded it:
    /// a list of the original indexes. Everything else keeps its relative order.
    /// </summary>
    public static IReadOnlyList<int> MynetworksFirst(IReadOnlyList<string> names)
    {
        var order = new List<int>();
        for (var i = 0; i < names.Count; i++)
        {
            order.Add(i);
        }

        var checks = DnsChecksBeforeMynetworks(names);
        if (checks.Count == 0)
        {
            return order;
        }

        var mynetworks = IndexOf(names, "permit_mynetworks");
        order.RemoveAt(mynetworks);
        order.Insert(checks[0], mynetworks);
        return order;
    }

    /// <summary>True for the restrictions whose answer depends on DNS about the client or its addresses.</summary>
    public static bool IsDnsCheck(string name) =>
        name.StartsWith("reject_unknown_", System.StringComparison.Ordinal)
        || name.StartsWith("reject_rbl", System.StringComparison.Ordinal)
        || name.StartsWith("reject_rhsbl", System.StringComparison.Ordinal)
        || name == "reject_maps_rbl";

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
