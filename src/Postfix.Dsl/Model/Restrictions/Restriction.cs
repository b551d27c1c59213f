using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// One entry of an SMTP restriction list (<c>smtpd_*_restrictions</c>, or an access-table action).
/// Create them through <see cref="Restrictions"/>; with <c>using static Postfix.Dsl.Restrictions;</c>
/// a list reads like main.cf: <c>[PermitMynetworks, RejectUnauthDestination]</c>.
/// </summary>
public sealed record Restriction
{
    internal Restriction(string name, TableReference? table = null, string? argument = null, CustomParameter? definition = null)
    {
        Name = name;
        Table = table;
        Argument = argument;
        Definition = definition;
    }

    /// <summary>
    /// An entry Postfix expands, e.g. <c>Restriction.Expand(Expansion.Of(ParameterCatalog.SmtpdSenderRestrictions))</c> for
    /// <c>$smtpd_sender_restrictions</c>. For a list of the host's own, use a <see cref="RestrictionListParameter"/>,
    /// which converts to an entry by itself and lets the relay checks see its restrictions.
    /// </summary>
    public static Restriction Expand(Expansion expansion) =>
        new((expansion ?? throw new System.ArgumentNullException(nameof(expansion))).Text, definition: expansion.Defines.Count == 1 && expansion.Text == "$" + expansion.Defines[0].Name ? expansion.Defines[0] : null);

    /// <summary>
    /// A lookup table alone in a restriction list: Postfix looks it up as the list's own
    /// <c>check_*_access</c> (the recipient in smtpd_recipient_restrictions, the client in
    /// smtpd_client_restrictions, ...), so <c>check_recipient_access hash:a hash:b</c> checks both
    /// tables. Written as the bare reference; Postfix refuses it where the list has no such default
    /// (postconf(5), "specify one of ... before ...").
    /// </summary>
    public static Restriction LookupIn(TableReference table) =>
        new(string.Empty, table: table ?? throw new System.ArgumentNullException(nameof(table)));

    /// <summary>An entry that stands for a restriction list defined elsewhere: a parameter's <c>$name</c> or a class's name.</summary>
    internal static Restriction Standing(CustomParameter definition, string written) => new(written, definition: definition);

    /// <summary>The Postfix name, e.g. <c>check_client_access</c>.</summary>
    public string Name { get; }

    /// <summary>The lookup table of a <c>check_*_access</c> restriction; otherwise null.</summary>
    public TableReference? Table { get; }

    /// <summary>The argument of a restriction that takes one (a DNS list domain, a policy service); otherwise null.</summary>
    public string? Argument { get; }

    /// <summary>
    /// For an entry that stands for a restriction list (a <see cref="RestrictionListParameter"/>'s
    /// <c>$name</c>, a <see cref="RestrictionClass"/>'s name), its definition; otherwise null.
    /// </summary>
    public CustomParameter? Definition { get; }

    /// <summary>
    /// The restrictions this entry means once Postfix expands it: itself, or the restrictions of the
    /// list it stands for, expanded in turn (a definition that refers to itself stops expanding).
    /// </summary>
    public IEnumerable<Restriction> Expanded() => Expand(this, []);

    /// <summary>True for the restrictions that stop relaying: Postfix requires one of them in
    /// smtpd_relay_restrictions or smtpd_recipient_restrictions.</summary>
    public bool StopsRelaying => RelayProtection.StopsRelaying(Name);

    private static IEnumerable<Restriction> Expand(Restriction restriction, HashSet<CustomParameter> seen)
    {
        var inner = restriction.Definition switch
        {
            RestrictionListParameter list => list.Restrictions,
            RestrictionClass restrictionClass => restrictionClass.Restrictions,
            _ => null,
        };
        if (inner is null || !seen.Add(restriction.Definition!))
        {
            yield return restriction;
            yield break;
        }

        foreach (var entry in inner)
        {
            foreach (var expanded in Expand(entry, seen))
            {
                yield return expanded;
            }
        }

        seen.Remove(restriction.Definition!);
    }
}
