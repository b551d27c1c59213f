using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Postfix's address classes (ADDRESS_CLASS_README): a domain belongs to one of mydestination,
/// virtual_alias_domains, virtual_mailbox_domains and relay_domains. A domain listed in two is an
/// error Postfix only logs at delivery time (PFX0325). Literal names are compared; $name items,
/// files and tables other than the host's own virtual tables are left alone.
/// </summary>
internal static class AddressClassChecks
{
    public static void Check(ValidationContext context)
    {
        var main = context.Host.MainCf;
        var classes = new List<(string Parameter, IEnumerable<string> Domains)>
        {
            ("mydestination", Literal(main.Mydestination)),
            ("virtual_alias_domains", main.VirtualAliasDomains is { } aliasDomains
                ? Literal(aliasDomains)
                : (main.VirtualAliasMaps ?? []).OfType<VirtualAliasTable>().SelectMany(t => t.DeclaredDomains)), // default: $virtual_alias_maps
            ("virtual_mailbox_domains", main.VirtualMailboxDomains is { } mailboxDomains
                ? Literal(mailboxDomains)
                : (main.VirtualMailboxMaps ?? []).OfType<VirtualMailboxTable>().SelectMany(t => t.DeclaredDomains)), // default: $virtual_mailbox_maps
            ("relay_domains", Literal(main.RelayDomains)),
        };
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (parameter, domains) in classes)
        {
            foreach (var domain in domains.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (seen.TryGetValue(domain, out var first))
                {
                    context.Report(ValidationRules.DomainInTwoClasses, "main.cf", parameter, domain,
                        $"is also in {first}, and a domain belongs to one address class: Postfix delivers it as {first} and logs a warning for every message",
                        "the domain in one of mydestination, virtual_alias_domains, virtual_mailbox_domains or relay_domains");
                }
                else
                {
                    seen[domain] = parameter;
                }
            }
        }
    }

    // Plain domain names only: $name, /file and type:table items are resolved by Postfix.
    private static IEnumerable<string> Literal(IReadOnlyList<string>? items) =>
        (items ?? []).Where(i => !ListItemReferences.IsReference(i) && HostNameSyntax.IsValid(i));
}
