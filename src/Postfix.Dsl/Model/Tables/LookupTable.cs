namespace Postfix.Dsl;

/// <summary>
/// A lookup table that the host generates. Referencing it from a parameter writes both the reference
/// (<c>hash:/etc/postfix/access</c>) and the table's file, so the two cannot disagree.
/// </summary>
public abstract record LookupTable : TableReference
{
    /// <summary>The file name inside the configuration directory, e.g. <c>access</c>.</summary>
    public required string FileName { get; init; }

    /// <summary>The table type written in the reference.</summary>
    public abstract TableType Type { get; init; }

    /// <summary>True when Postfix needs <c>postmap</c> to build the table before use.</summary>
    public bool NeedsPostmap => Type is TableType.Hash or TableType.Lmdb or TableType.Cdb;
}
