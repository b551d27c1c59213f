namespace Postfix.Dsl.Generators.Catalog;

/// <summary>One row of the parameter catalog: everything needed to emit one typed property.</summary>
/// <param name="Name">The Postfix name, e.g. <c>smtpd_relay_restrictions</c>.</param>
/// <param name="Type">The catalog type: <c>bool</c>, <c>int</c>, <c>time:s</c>, <c>enum:Name</c>, ...</param>
/// <param name="Default">Postfix's built-in default as <c>postconf -d</c> prints it.</param>
/// <param name="Since">The Postfix version that introduced it, or empty when older than 2.0.</param>
/// <param name="Replacement">For obsolete names, what to use instead; otherwise empty.</param>
/// <param name="Description">One line in our own words.</param>
internal sealed record CatalogParameter(
    string Name,
    string Type,
    string Default,
    string Since,
    string Replacement,
    string Description);
