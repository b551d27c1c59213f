namespace Postfix.Dsl;

/// <summary>
/// One entry of an SMTP restriction list (<c>smtpd_*_restrictions</c>, or an access-table action).
/// Create them through <see cref="Restrictions"/>; with <c>using static Postfix.Dsl.Restrictions;</c>
/// a list reads like main.cf: <c>[PermitMynetworks, RejectUnauthDestination]</c>.
/// </summary>
public sealed record Restriction
{
    internal Restriction(string name, TableReference? table = null, string? argument = null)
    {
        Name = name;
        Table = table;
        Argument = argument;
    }

    /// <summary>The Postfix name, e.g. <c>check_client_access</c>.</summary>
    public string Name { get; }

    /// <summary>The lookup table of a <c>check_*_access</c> restriction; otherwise null.</summary>
    public TableReference? Table { get; }

    /// <summary>The argument of a restriction that takes one (a DNS list domain, a policy service); otherwise null.</summary>
    public string? Argument { get; }

    /// <summary>True for the restrictions that stop relaying: Postfix requires one of them in
    /// smtpd_relay_restrictions or smtpd_recipient_restrictions.</summary>
    public bool StopsRelaying => RelayProtection.StopsRelaying(Name);
}
