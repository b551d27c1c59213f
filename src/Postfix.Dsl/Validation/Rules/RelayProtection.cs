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
    /// True when neither list stops relaying. A null list is unset: for smtpd_relay_restrictions Postfix's
    /// default protects from compatibility level 1 on (<paramref name="defaultRelayProtects"/>).
    /// </summary>
    public static bool IsOpen(System.Collections.Generic.IEnumerable<string>? relay, System.Collections.Generic.IEnumerable<string>? recipient, bool defaultRelayProtects)
    {
        if (relay is null ? defaultRelayProtects : Any(relay))
        {
            return false;
        }

        return recipient is null || !Any(recipient);
    }

    private static bool Any(System.Collections.Generic.IEnumerable<string> names)
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
