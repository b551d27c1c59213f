namespace Postfix.Dsl;

/// <summary>
/// Something a parameter can name as a lookup table: a table this host generates
/// (<see cref="AccessTable"/>, <see cref="RegexpTable"/>, <see cref="TransportTable"/>), whose reference is derived from the table
/// itself, or a table maintained elsewhere (<see cref="ExternalTable"/>, converted from a string such as
/// <c>"hash:/etc/aliases"</c>).
/// </summary>
public abstract record TableReference
{
    /// <summary>An external table reference, e.g. <c>"hash:/etc/aliases"</c>.</summary>
    public static implicit operator TableReference(string reference) => new ExternalTable(reference);

    /// <summary>An item Postfix expands, e.g. <c>Expansion.Of(ParameterCatalog.VirtualAliasMaps)</c> for <c>$virtual_alias_maps</c>.</summary>
    public static implicit operator TableReference(Expansion expansion) =>
        new TableExpansion(expansion ?? throw new System.ArgumentNullException(nameof(expansion)));
}
