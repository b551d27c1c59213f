using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Which restrictions Postfix accepts as relay protection. smtpd refuses to run unless
/// smtpd_relay_restrictions or smtpd_recipient_restrictions holds one of them (PFX0006).
/// Shared with the analyzers: keep it free of the model and of net8-only APIs.
/// </summary>
internal static class RelayProtection
{
    /// <summary>True for a restriction name that stops relaying.</summary>
    public static bool StopsRelaying(string name) => name is "reject_unauth_destination" or "defer_unauth_destination"
        or "reject" or "defer" or "defer_if_permit" or "check_relay_domains";

    /// <summary>
    /// Postfix's built-in smtpd_relay_restrictions: from compatibility level 1 on, permit_mynetworks,
    /// permit_sasl_authenticated, defer_unauth_destination; below it (level 0, also when the level is
    /// unset) nothing, so only smtpd_recipient_restrictions can stop relaying.
    /// </summary>
    public static IReadOnlyList<string> BuiltInRelayRestrictions(bool belowLevel1) =>
        belowLevel1 ? [] : ["permit_mynetworks", "permit_sasl_authenticated", "defer_unauth_destination"];

    /// <summary>
    /// The one definition of the relay restrictions smtpd applies: each list is a service's
    /// <c>-o</c> override if it has one, else main.cf's, else Postfix's built-in default
    /// (<see cref="BuiltInRelayRestrictions"/> for the relay list, nothing for the recipient list).
    /// Null means unset. Used by emit-time validation and by the analyzers alike.
    /// </summary>
    public static (IReadOnlyList<string> Relay, IReadOnlyList<string> Recipient) Effective(
        IEnumerable<string>? mainRelay, IEnumerable<string>? mainRecipient, bool belowLevel1,
        IEnumerable<string>? overrideRelay = null, IEnumerable<string>? overrideRecipient = null) =>
        ((overrideRelay ?? mainRelay)?.ToList() ?? BuiltInRelayRestrictions(belowLevel1),
            (overrideRecipient ?? mainRecipient)?.ToList() ?? (IReadOnlyList<string>)[]);

    /// <summary>True when neither effective list (<see cref="Effective"/>) holds a restriction that stops relaying.</summary>
    public static bool IsOpen(IEnumerable<string> relay, IEnumerable<string> recipient) => !Any(relay) && !Any(recipient);

    private static bool Any(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (StopsRelaying(name))
            {
                return true;
            }
        }

        return false;
    }
}
