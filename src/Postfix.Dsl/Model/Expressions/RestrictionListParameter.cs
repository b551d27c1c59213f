using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// A restriction list of the host's own, e.g. <c>mua_sender_restrictions</c>. Used as an entry of a
/// restriction list (it converts to <see cref="Restriction"/>), it is written <c>$name</c>; its
/// <c>name = ...</c> line is written to main.cf. Relay checks see through it to its restrictions.
/// </summary>
/// <example><code>
/// var mua = new RestrictionListParameter("mua_sender_restrictions", [RejectAuthenticatedSenderLoginMismatch, PermitSaslAuthenticated, Reject]);
/// Overrides = new() { SmtpdSenderRestrictions = [mua] }   // -o smtpd_sender_restrictions=$mua_sender_restrictions
/// </code></example>
public sealed record RestrictionListParameter : CustomParameter
{
    /// <summary>Defines the parameter <paramref name="name"/> as <paramref name="restrictions"/>.</summary>
    public RestrictionListParameter(string name, IReadOnlyList<Restriction> restrictions)
        : base(name) => Restrictions = ValueList.Of(restrictions);

    /// <summary>The restrictions the parameter holds.</summary>
    public IReadOnlyList<Restriction> Restrictions { get; }

    internal override object Value => Restrictions;

    internal override ParameterKind Kind => ParameterKind.Restrictions;

    /// <summary>The entry <c>$name</c> of a restriction list.</summary>
    public static implicit operator Restriction(RestrictionListParameter parameter) => Restriction.Standing(parameter, "$" + parameter.Name);
}
