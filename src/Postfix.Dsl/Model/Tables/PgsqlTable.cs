using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// A pgsql_table(5) definition, referenced as <c>pgsql:/etc/postfix/pgsql_virtual_alias.cf</c>
/// (package postfix-pgsql). Usually wrapped in <c>proxy:</c> (<see cref="LookupTable.Proxied"/>) so
/// that the host's processes share a few connections.
/// </summary>
/// <example><code>
/// new PgsqlTable
/// {
///     FileName = "pgsql_virtual_alias.cf",
///     Hosts = [SqlHost.Inet("db.example.org")],
///     DatabaseName = "mail",
///     User = "postfix",
///     Password = new Secret("pgsql-postfix"),
///     Query = "SELECT goto FROM alias WHERE address = '%s' AND active",
///     Proxied = true,
/// }
/// </code></example>
public sealed record PgsqlTable : SqlServerTable
{
    /// <summary>Always <see cref="TableType.Pgsql"/>.</summary>
    public override TableType Type { get => TableType.Pgsql; init => FixedType.Require(value, TableType.Pgsql, nameof(PgsqlTable)); }

    /// <inheritdoc/>
    public override IReadOnlyList<(string Name, string Value)> Definition
    {
        get
        {
            var lines = ConnectionLines();
            AddQuery(lines);
            return lines;
        }
    }
}
