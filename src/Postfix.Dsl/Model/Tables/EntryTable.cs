using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// A table of literal keys with one line per entry, indexed with postmap (hash unless set): the shape
/// of transport(5), virtual(5), canonical(5), aliases(5) and the other key/value tables.
/// </summary>
/// <typeparam name="TEntry">One entry: its key and what it answers.</typeparam>
public abstract record EntryTable<TEntry> : LookupTable
{
    /// <summary>The table type; <see cref="TableType.Hash"/> unless set. Literal keys only: hash, lmdb, cdb or texthash.</summary>
    public override TableType Type { get; init; } = TableType.Hash;

    /// <summary>The entries, written in this order.</summary>
    public IReadOnlyList<TEntry> Entries { get => _entries; init => _entries = ValueList.Of(value); }

    private readonly IReadOnlyList<TEntry> _entries = ValueList.Of<TEntry>([]);
}
