using System;

namespace Postfix.Dsl;

/// <summary>
/// A main.cf parameter of the host's own — a name Postfix does not define, such as
/// <c>mua_sender_restrictions</c> — defined once as an object. Wherever it is used (a restriction
/// list, a table list, an <see cref="Expansion"/>, a master.cf <c>-o</c>), <c>$name</c> is written,
/// and its own <c>name = value</c> line is written to main.cf with it, so the definition and its
/// uses can never drift apart. Two different definitions of one name, or a name Postfix defines, are an error (PFX0203).
/// </summary>
public abstract record CustomParameter
{
    private protected CustomParameter(string name) =>
        Name = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>The parameter's name, e.g. <c>mua_sender_restrictions</c>.</summary>
    public string Name { get; }

    /// <summary>The value, as the typed parameters hold theirs (a restriction list, a table list, text).</summary>
    internal abstract object Value { get; }

    /// <summary>How the value is written.</summary>
    internal abstract ParameterKind Kind { get; }

    /// <summary>The <c>name = value</c> setting this object writes to main.cf.</summary>
    internal ParameterSetting Setting =>
        new(new ParameterDescriptor(Name, Kind, string.Empty, null, null) { IsUnlisted = true, IsCustom = true }, Value);

    /// <summary><c>$name</c>.</summary>
    public Expansion Expansion => Expansion.Of(this);
}
