namespace Postfix.Dsl;

/// <summary>
/// The escape hatch: a parameter the catalog does not have (one from a newer Postfix, or a name of
/// your own that master.cf refers to as <c>$name</c>), written as given. Validation warns about it
/// (PFX0200) unless <see cref="Intended"/> says it is on purpose; a name the catalog has is an error
/// (PFX0201): use the typed property.
/// </summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Value">The value, written as is.</param>
public sealed record UnlistedParameter(string Name, string Value)
{
    /// <summary>True to say the name is not a typo, which silences the PFX0200 warning.</summary>
    public bool Intended { get; init; }
}
