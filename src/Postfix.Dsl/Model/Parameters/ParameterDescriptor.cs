namespace Postfix.Dsl;

/// <summary>What the catalog knows about one main.cf parameter.</summary>
/// <param name="Name">The Postfix name, e.g. <c>smtpd_relay_restrictions</c>.</param>
/// <param name="Kind">How its value is typed and written.</param>
/// <param name="Default">Postfix's built-in default as <c>postconf -d</c> prints it.</param>
/// <param name="DefaultUnit">For time parameters, the unit of a bare number.</param>
/// <param name="Replacement">For obsolete parameters, what replaces them; otherwise null.</param>
public sealed record ParameterDescriptor(
    string Name,
    ParameterKind Kind,
    string Default,
    TimeUnit? DefaultUnit,
    string? Replacement)
{
    /// <summary>True for a parameter given through <see cref="Parameters.Unlisted"/>, which the catalog does not have.</summary>
    public bool IsUnlisted { get; init; }

    /// <summary>True for the definition of a <see cref="CustomParameter"/>, written because the host uses it.</summary>
    public bool IsCustom { get; init; }

    /// <summary>What a running Postfix needs after a change to this parameter: a reload, or a restart for what master(8) sets up at start (<see cref="ParameterImpacts"/>).</summary>
    public ChangeAction ChangeNeeds => ParameterImpacts.Of(Name);
}
