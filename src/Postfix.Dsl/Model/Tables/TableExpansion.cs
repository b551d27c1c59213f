namespace Postfix.Dsl;

/// <summary>
/// An item of a table list that Postfix expands, such as <c>$virtual_alias_maps</c> in
/// <c>proxy_read_maps</c>. Converted from an <see cref="Dsl.Expansion"/> or a <see cref="TableListParameter"/>.
/// </summary>
/// <param name="Expansion">What is written.</param>
public sealed record TableExpansion(Expansion Expansion) : TableReference;
