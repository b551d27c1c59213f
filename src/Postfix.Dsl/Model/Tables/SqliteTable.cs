using System;
using System.Collections.Generic;
using System.Globalization;

namespace Postfix.Dsl;

/// <summary>
/// An sqlite_table(5) definition: the <c>.cf</c> file that tells Postfix which SQLite database to open
/// and which query answers a lookup, referenced as <c>sqlite:/etc/postfix/virtual_alias.cf</c>. The
/// query must use the key (<c>%s</c>, <c>%u</c>, <c>%d</c>, <c>%1</c>…<c>%9</c>); PFX0326 says so otherwise.
/// </summary>
/// <example><code>
/// new SqliteTable
/// {
///     FileName = "virtual_alias.cf",
///     DatabasePath = "/var/lib/postfix/mail.sqlite",
///     Query = "SELECT goto FROM alias WHERE address='%s' AND active = 1",
/// }
/// </code></example>
public sealed record SqliteTable : DatabaseTable
{
    /// <summary>Always <see cref="TableType.Sqlite"/>.</summary>
    public override TableType Type
    {
        get => TableType.Sqlite;
        init
        {
            if (value != TableType.Sqlite)
            {
                throw new ArgumentException("An SqliteTable is always of type sqlite.", nameof(value));
            }
        }
    }

    /// <summary><c>dbpath</c>: the SQLite database file (absolute).</summary>
    public required string DatabasePath { get; init; }

    /// <summary><c>query</c>: the SQL that answers a lookup, with the key as <c>%s</c> (or its parts, <c>%u</c>, <c>%d</c>, <c>%1</c>…<c>%9</c>).</summary>
    public required string Query { get; init; }

    /// <summary><c>expansion_limit</c>: the largest number of results one lookup may return; null for no limit.</summary>
    public int? ExpansionLimit { get; init; }

    /// <inheritdoc/>
    public override string Lookup => Query;

    /// <inheritdoc/>
    public override IReadOnlyList<(string Name, string Value)> Definition
    {
        get
        {
            var lines = new List<(string Name, string Value)> { ("dbpath", DatabasePath), ("query", Query) };
            AddCommon(lines);
            if (ExpansionLimit is { } limit)
            {
                lines.Add(("expansion_limit", limit.ToString(CultureInfo.InvariantCulture)));
            }

            return lines;
        }
    }
}
