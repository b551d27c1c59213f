using System.Collections.Generic;

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
public sealed record SqliteTable : SqlTable
{
    /// <summary>Always <see cref="TableType.Sqlite"/>.</summary>
    public override TableType Type { get => TableType.Sqlite; init => FixedType.Require(value, TableType.Sqlite, nameof(SqliteTable)); }

    /// <summary><c>dbpath</c>: the SQLite database file (absolute).</summary>
    public required string DatabasePath { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<(string Name, string Value)> Definition
    {
        get
        {
            var lines = new List<(string Name, string Value)> { ("dbpath", DatabasePath) };
            AddQuery(lines);
            return lines;
        }
    }
}
