using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// A restriction class (<c>smtpd_restriction_classes</c>): a named restriction list that an access
/// table can return as an action, or that a restriction list can name. Its <c>name = ...</c> line
/// is written to main.cf and its name is added to <c>smtpd_restriction_classes</c>. It converts to
/// <see cref="Restriction"/> (written as the bare name) and to <see cref="AccessAction"/>.
/// </summary>
/// <example><code>
/// var permissive = new RestrictionClass("permissive", [Permit]);
/// new AccessEntry(AccessKey.Domain("example.com"), permissive)
/// </code></example>
public sealed record RestrictionClass : CustomParameter
{
    /// <summary>Defines the class <paramref name="name"/> as <paramref name="restrictions"/>.</summary>
    public RestrictionClass(string name, IReadOnlyList<Restriction> restrictions)
        : base(name) => Restrictions = ValueList.Of(restrictions);

    /// <summary>The restrictions of the class.</summary>
    public IReadOnlyList<Restriction> Restrictions { get; }

    internal override object Value => Restrictions;

    internal override ParameterKind Kind => ParameterKind.Restrictions;

    /// <summary>The class as an entry of a restriction list: its bare name.</summary>
    public static implicit operator Restriction(RestrictionClass restrictionClass) => Restriction.Standing(restrictionClass, restrictionClass.Name);

    /// <summary>The class as an access-table action: its bare name.</summary>
    public static implicit operator AccessAction(RestrictionClass restrictionClass) => AccessAction.Restrict(restrictionClass);
}
