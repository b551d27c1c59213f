using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>An access(5) table: keys (addresses, domains, networks) mapped to actions, in order.</summary>
public sealed record AccessTable : LookupTable
{
    /// <summary>The table type; <see cref="TableType.Hash"/> unless set. Use <see cref="TableType.Cidr"/> for network keys.</summary>
    public override TableType Type { get; init; } = TableType.Hash;

    /// <summary>The entries, written in this order.</summary>
    public IReadOnlyList<AccessEntry> Entries { get => _entries; init => _entries = ValueList.Of(value); }

    private readonly IReadOnlyList<AccessEntry> _entries = ValueList.Of<AccessEntry>([]);
}
