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
public sealed record SqliteTable : LookupTable
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

    /// <summary><c>result_format</c>: how each result is written (<c>%s</c> when null), e.g. <c>smtp:[%s]</c>.</summary>
    public string? ResultFormat { get; init; }

    /// <summary><c>domain</c>: only keys in these domains are looked up (saves queries for addresses of other domains).</summary>
    public IReadOnlyList<string> Domains { get => _domains; init => _domains = ValueList.Of(value); }

    private readonly IReadOnlyList<string> _domains = ValueList.Of<string>([]);

    /// <summary><c>expansion_limit</c>: the largest number of results one lookup may return; null for no limit.</summary>
    public int? ExpansionLimit { get; init; }

    /// <summary>The <c>name = value</c> lines of the definition, in the order sqlite_table(5) lists them.</summary>
    public IReadOnlyList<(string Name, string Value)> Definition
    {
        get
        {
            var lines = new List<(string, string)> { ("dbpath", DatabasePath), ("query", Query) };
            if (ResultFormat is not null)
            {
                lines.Add(("result_format", ResultFormat));
            }

            if (Domains.Count > 0)
            {
                lines.Add(("domain", string.Join(", ", Domains)));
            }

            if (ExpansionLimit is { } limit)
            {
                lines.Add(("expansion_limit", limit.ToString(CultureInfo.InvariantCulture)));
            }

            return lines;
        }
    }
}
