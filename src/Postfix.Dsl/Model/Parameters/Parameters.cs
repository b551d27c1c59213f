using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Typed main.cf parameters. Used for a host's main.cf and, with the same types, for the
/// <c>-o</c> overrides of a master.cf service. The properties are generated from the parameter
/// catalog (<c>Catalog/parameters.tsv</c>); a property left null is not written, so Postfix's
/// default applies, as with <c>postconf -n</c>.
/// </summary>
public sealed partial record Parameters
{
    /// <summary>The parameters this object sets, ordered by Postfix name.</summary>
    public IReadOnlyList<ParameterSetting> Settings => EnumerateSettings().ToList();

    /// <summary>True when no parameter is set.</summary>
    public bool IsEmpty => !EnumerateSettings().Any();

    /// <summary>The value set for <paramref name="name"/>, or null when it is not set.</summary>
    public object? ValueOf(string name) => EnumerateSettings().FirstOrDefault(s => s.Name == name)?.Value;
}
