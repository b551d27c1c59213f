namespace Postfix.Dsl.Generators.Catalog;

/// <summary>One row of the parameter catalog: everything needed to emit one typed property.</summary>
/// <param name="Name">The Postfix name, e.g. <c>smtpd_relay_restrictions</c>.</param>
/// <param name="Type">The catalog type, parsed from <c>bool</c>, <c>int</c>, <c>time:s</c>, <c>enum:Name</c>, ...</param>
/// <param name="Default">Postfix's built-in default as <c>postconf -d</c> prints it.</param>
/// <param name="Since">The Postfix version that introduced it, or empty when the manual does not say.</param>
/// <param name="Status">The status, parsed from empty, <c>renamed</c>, <c>legacy</c>, <c>obsolete</c> or <c>read-only</c>.</param>
/// <param name="Replacement">For renamed and obsolete names, what to use instead; otherwise empty.</param>
/// <param name="Description">One line.</param>
internal sealed record CatalogParameter(
    string Name,
    CatalogType Type,
    string Default,
    string Since,
    ParameterStatus Status,
    string Replacement,
    string Description)
{
    /// <summary>Compiled into Postfix or set by it at run time: a property that cannot be set.</summary>
    public bool IsReadOnly => Status == ParameterStatus.ReadOnly;

    /// <summary>Renamed, legacy or obsolete: the property carries [Obsolete] naming the replacement.</summary>
    public bool IsObsolete => Status is ParameterStatus.Renamed or ParameterStatus.Legacy or ParameterStatus.Obsolete;
}
