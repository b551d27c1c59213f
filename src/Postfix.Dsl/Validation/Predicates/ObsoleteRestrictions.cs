using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// Restrictions that Postfix renamed or removed, with their modern form (PFX0300). Postfix 3.7 still
/// accepts them, with a warning for some; 3.9 removed check_relay_domains, reject_maps_rbl and
/// permit_naked_ip_address. Shared with the analyzers and their code fixes.
/// </summary>
internal static class ObsoleteRestrictions
{
    /// <summary>The modern form of one obsolete restriction.</summary>
    /// <param name="Name">The obsolete Postfix name.</param>
    /// <param name="Replacements">The Postfix names that replace it, in order; empty when no mechanical replacement exists.</param>
    /// <param name="Why">What happened to it, e.g. "was removed in Postfix 3.9".</param>
    /// <param name="Advice">What to write instead, as C#.</param>
    public sealed record Replacement(string Name, string[] Replacements, string Why, string Advice);

    private static readonly Dictionary<string, Replacement> ByName = Index(
        new("check_relay_domains", ["permit_mynetworks", "reject_unauth_destination"], "was removed in Postfix 3.9",
            "PermitMynetworks, RejectUnauthDestination"),
        new("reject_maps_rbl", ["reject_rbl_client"], "was removed in Postfix 3.9 together with maps_rbl_domains",
            "one RejectRblClient(domain) per domain of MapsRblDomains"),
        new("permit_naked_ip_address", [], "was removed in Postfix 3.9",
            "PermitMynetworks or PermitSaslAuthenticated"),
        new("reject_unknown_client", ["reject_unknown_client_hostname"], "was renamed in Postfix 2.3",
            "RejectUnknownClientHostname (or the weaker RejectUnknownReverseClientHostname)"),
        new("reject_unknown_hostname", ["reject_unknown_helo_hostname"], "was renamed in Postfix 2.3", "RejectUnknownHeloHostname"),
        new("reject_invalid_hostname", ["reject_invalid_helo_hostname"], "was renamed in Postfix 2.3", "RejectInvalidHeloHostname"),
        new("reject_non_fqdn_hostname", ["reject_non_fqdn_helo_hostname"], "was renamed in Postfix 2.3", "RejectNonFqdnHeloHostname"),
        new("reject_rbl", ["reject_rbl_client"], "is an undocumented old alias", "RejectRblClient(domain)"),
        new("permit_mx_backup", [], "is deprecated", "the backed-up domains in RelayDomains"));

    /// <summary>The modern form of <paramref name="name"/>, or null when it is not obsolete.</summary>
    public static Replacement? Find(string name) => ByName.TryGetValue(name, out var replacement) ? replacement : null;

    /// <summary>The problem text for an obsolete restriction, the same in the analyzer and at emit.</summary>
    public static string Problem(Replacement replacement) => $"{replacement.Name} {replacement.Why}";

    private static Dictionary<string, Replacement> Index(params Replacement[] replacements)
    {
        var index = new Dictionary<string, Replacement>();
        foreach (var replacement in replacements)
        {
            index.Add(replacement.Name, replacement);
        }

        return index;
    }
}
