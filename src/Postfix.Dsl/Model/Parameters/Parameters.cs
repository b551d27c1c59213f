using System;
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
    /// <summary>
    /// Parameters the catalog does not have, written as given (the escape hatch). Each one is reported
    /// with the PFX0200 warning unless marked <see cref="UnlistedParameter.Intended"/>.
    /// </summary>
    public IReadOnlyList<UnlistedParameter> Unlisted { get => _unlisted; init => _unlisted = ValueList.Of(value); }

    private readonly IReadOnlyList<UnlistedParameter> _unlisted = ValueList.Of<UnlistedParameter>([]);

    /// <summary>The parameters this object sets, typed ones and <see cref="Unlisted"/> ones, ordered by Postfix name.</summary>
    public IReadOnlyList<ParameterSetting> Settings => Unlisted.Count == 0
        ? EnumerateSettings().ToList() // generated in name order already
        : EnumerateSettings()
            .Concat(Unlisted.Select(u => new ParameterSetting(new ParameterDescriptor(u.Name, ParameterKind.String, string.Empty, null, null) { IsUnlisted = true }, u.Value)))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>True when no parameter is set.</summary>
    public bool IsEmpty => Unlisted.Count == 0 && !EnumerateSettings().Any();

    /// <summary>The value set for <paramref name="name"/>, or null when it is not set.</summary>
    public object? ValueOf(string name) => Settings.FirstOrDefault(s => s.Name == name)?.Value;
}
