namespace Postfix.Dsl;

/// <summary>
/// Restrictions that look the client up (its host name, parent domains and address) in an access
/// table, where a <c>user@domain</c> key can never match (PFX0320). Shared with the analyzers.
/// </summary>
internal static class ClientLookups
{
    /// <summary>True for check_client_access and the other lookups of the client's name or address.</summary>
    public static bool IsClientLookup(string restriction) => restriction is "check_client_access" or "check_reverse_client_hostname_access"
        or "check_client_a_access" or "check_client_mx_access" or "check_client_ns_access";

    /// <summary>PFX0320's problem: <paramref name="addresses"/> of <paramref name="total"/> keys are e-mail addresses.</summary>
    public static string Problem(string restriction, int addresses, int total, string example) =>
        $"{restriction} looks up the client's host name and address, so {addresses} of the table's {total} keys, e-mail addresses such as {example}, never match there";
}
