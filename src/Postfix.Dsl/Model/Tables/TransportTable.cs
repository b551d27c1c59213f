using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// A transport(5) table: recipient addresses and domains mapped to the delivery transport and next
/// hop that trivial-rewrite(8) picks for them, in order. Referenced from <c>TransportMaps</c>.
/// </summary>
public sealed record TransportTable : LookupTable
{
    /// <summary>The table type; <see cref="TableType.Hash"/> unless set. Literal keys only: hash, lmdb, cdb or texthash.</summary>
    public override TableType Type { get; init; } = TableType.Hash;

    /// <summary>The entries, written in this order.</summary>
    public IReadOnlyList<TransportEntry> Entries { get => _entries; init => _entries = ValueList.Of(value); }

    private readonly IReadOnlyList<TransportEntry> _entries = ValueList.Of<TransportEntry>([]);
}
