using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// A mysql_table(5) definition, referenced as <c>mysql:/etc/postfix/mysql_virtual_alias.cf</c>
/// (package postfix-mysql), with the TLS options of the MySQL client. Usually wrapped in
/// <c>proxy:</c> (<see cref="LookupTable.Proxied"/>) so that the host's processes share a few connections.
/// </summary>
/// <example><code>
/// new MysqlTable
/// {
///     FileName = "mysql_virtual_alias.cf",
///     Hosts = [SqlHost.Inet("127.0.0.1")],
///     DatabaseName = "mail",
///     User = "postfix",
///     Password = new Secret("mysql-postfix"),
///     Query = "SELECT goto FROM alias WHERE address = '%s' AND active = 1",
/// }
/// </code></example>
public sealed record MysqlTable : SqlServerTable
{
    /// <summary>Always <see cref="TableType.Mysql"/>.</summary>
    public override TableType Type { get => TableType.Mysql; init => FixedType.Require(value, TableType.Mysql, nameof(MysqlTable)); }

    /// <summary><c>tls_CAfile</c>: the CA certificates that verify the server (turns TLS on).</summary>
    public string? TlsCaFile { get; init; }

    /// <summary><c>tls_cert_file</c>: the client certificate, for a server that asks for one.</summary>
    public string? TlsCertFile { get; init; }

    /// <summary><c>tls_key_file</c>: the client certificate's private key.</summary>
    public string? TlsKeyFile { get; init; }

    /// <summary><c>tls_verify_cert</c>: check that the server's certificate names the host connected to (Postfix's default: no).</summary>
    public bool? TlsVerifyCert { get; init; }

    /// <summary><c>option_file</c>: a MySQL option file read for further client settings.</summary>
    public string? OptionFile { get; init; }

    /// <inheritdoc/>
    public override IReadOnlyList<(string Name, string Value)> Definition
    {
        get
        {
            var lines = ConnectionLines();
            AddQuery(lines);
            Add(lines, "option_file", OptionFile);
            Add(lines, "tls_CAfile", TlsCaFile);
            Add(lines, "tls_cert_file", TlsCertFile);
            Add(lines, "tls_key_file", TlsKeyFile);
            if (TlsVerifyCert is { } verify)
            {
                lines.Add(("tls_verify_cert", verify ? "yes" : "no"));
            }

            return lines;
        }
    }

    private static void Add(List<(string Name, string Value)> lines, string name, string? value)
    {
        if (value is not null)
        {
            lines.Add((name, value));
        }
    }
}
