using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Restrictions that are about authenticated clients, placed after <c>permit_sasl_authenticated</c> in
/// the same list, which stops at it for every authenticated client (PFX0318). Shared with the
/// analyzers and the reordering code fix.
/// </summary>
internal static class SaslRestrictionOrder
{
    /// <summary>The indexes of such restrictions; empty when the list has no permit_sasl_authenticated or none follows it.</summary>
    public static IReadOnlyList<int> AfterSaslPermit(IReadOnlyList<string> names)
    {
        var found = new List<int>();
        var permit = IndexOfPermit(names);
        for (var i = permit + 1; permit >= 0 && i < names.Count; i++)
        {
            if (Effect(names[i]) is not null)
            {
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>What placing <paramref name="name"/> after permit_sasl_authenticated does; null for a restriction that is not about authenticated clients.</summary>
    public static string? Effect(string name) => name switch
    {
        "reject_sender_login_mismatch" => "never checks an authenticated client, so a logged-in user can still send as any address",
        "reject_authenticated_sender_login_mismatch" or "reject_known_sender_login_mismatch" => "never fires: it only checks authenticated clients, which permit_sasl_authenticated has already let through",
        "check_sasl_access" => "never fires: it only looks up logged-in users, which permit_sasl_authenticated has already let through",
        _ => null,
    };

    /// <summary>The order with every such restriction moved just before permit_sasl_authenticated: a list of the original indexes.</summary>
    public static IReadOnlyList<int> SaslChecksFirst(IReadOnlyList<string> names)
    {
        var moved = AfterSaslPermit(names);
        var order = new List<int>();
        var permit = IndexOfPermit(names);
        for (var i = 0; i < names.Count; i++)
        {
            if (i == permit)
            {
                order.AddRange(moved);
            }

            if (!moved.Contains(i))
            {
                order.Add(i);
            }
        }

        return order;
    }

    private static int IndexOfPermit(IReadOnlyList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == "permit_sasl_authenticated")
            {
                return i;
            }
        }

        return -1;
    }
}
