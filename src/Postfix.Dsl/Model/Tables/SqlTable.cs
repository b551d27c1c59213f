using System.Collections.Generic;
using System.Globalization;

namespace Postfix.Dsl;

/// <summary>
/// A table answered by an SQL query (<see cref="SqliteTable"/>, <see cref="PgsqlTable"/>,
/// <see cref="MysqlTable"/>). The key's expansions must be inside single quotes: Postfix escapes the
/// key for a quoted string but adds no quotes (PFX0327), and the query must use the key (PFX0326).
/// </summary>
public abstract record SqlTable : DatabaseTable
{
    /// <summary><c>query</c>: the SQL that answers a lookup, with the key as <c>'%s'</c> (or its parts, <c>'%u'</c>, <c>'%d'</c>, <c>'%1'</c>…<c>'%9'</c>).</summary>
    public required string Query { get; init; }

    /// <summary><c>expansion_limit</c>: the largest number of results one lookup may return (1 for a table that must answer one value); null for no limit.</summary>
    public int? ExpansionLimit { get; init; }

    /// <inheritdoc/>
    public override string Lookup => Query;

    /// <summary>The lines after the connection's: the query, the shared options and the limit.</summary>
    private protected void AddQuery(List<(string Name, string Value)> lines)
    {
        lines.Add(("query", Query));
        AddCommon(lines);
        if (ExpansionLimit is { } limit)
        {
            lines.Add(("expansion_limit", limit.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
