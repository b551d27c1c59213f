using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// An SQL table on a database server (<see cref="PgsqlTable"/>, <see cref="MysqlTable"/>): the
/// servers, the database, and the account Postfix logs in with. The password is a
/// <see cref="Secret"/>: the file holds its marker and is written with mode 0600.
/// </summary>
public abstract record SqlServerTable : SqlTable
{
    /// <summary><c>hosts</c>: the servers, tried in random order, e.g. <c>[SqlHost.Inet("db1.example.org"), SqlHost.Unix("/run/mysqld/mysqld.sock")]</c>.</summary>
    public required IReadOnlyList<SqlHost> Hosts { get => _hosts; init => _hosts = ValueList.Of(value); }

    private readonly IReadOnlyList<SqlHost> _hosts = ValueList.Of<SqlHost>([]);

    /// <summary><c>dbname</c>: the database on the servers.</summary>
    public required string DatabaseName { get; init; }

    /// <summary><c>user</c>: the account Postfix logs in as.</summary>
    public string? User { get; init; }

    /// <summary><c>password</c>: the account's password as a secret; the file holds its marker only.</summary>
    public Secret? Password { get; init; }

    /// <inheritdoc/>
    public override bool HoldsSecrets => Password is not null;

    /// <summary>The connection's lines: hosts, user, password, dbname.</summary>
    private protected List<(string Name, string Value)> ConnectionLines()
    {
        var lines = new List<(string Name, string Value)> { ("hosts", string.Join(" ", Hosts.Select(h => h.Text))) };
        if (User is not null)
        {
            lines.Add(("user", User));
        }

        if (Password is not null)
        {
            lines.Add(("password", Password.Marker));
        }

        lines.Add(("dbname", DatabaseName));
        return lines;
    }
}
