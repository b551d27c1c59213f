using System.Collections.Generic;
using System.Globalization;

namespace Postfix.Dsl;

/// <summary>How far below the search base an LDAP lookup searches (<c>scope</c>).</summary>
public enum LdapScope
{
    /// <summary><c>sub</c>: the whole subtree (Postfix's default).</summary>
    Sub,

    /// <summary><c>one</c>: the entries directly below the base.</summary>
    One,

    /// <summary><c>base</c>: the base entry only.</summary>
    Base,
}

/// <summary>
/// An ldap_table(5) definition, referenced as <c>ldap:/etc/postfix/ldap_virtual.cf</c>. A bind
/// password is a <see cref="Secret"/>: the file holds its marker and is written with mode 0600.
/// </summary>
/// <example><code>
/// new LdapTable
/// {
///     FileName = "ldap_virtual.cf",
///     ServerHosts = ["ldap://ldap.example.org"],
///     SearchBase = "ou=people,dc=example,dc=org",
///     QueryFilter = "(mail=%s)",
///     ResultAttributes = ["maildrop"],
///     BindDn = "cn=postfix,dc=example,dc=org",
///     BindPassword = new Secret("ldap-postfix"),
/// }
/// </code></example>
public sealed record LdapTable : DatabaseTable
{
    /// <summary>Always <see cref="TableType.Ldap"/>.</summary>
    public override TableType Type { get => TableType.Ldap; init => FixedType.Require(value, TableType.Ldap, nameof(LdapTable)); }

    /// <summary><c>server_host</c>: the servers, as <c>ldap://host:port</c>, <c>ldaps://host</c> or <c>ldapi://</c> URLs, tried in order.</summary>
    public required IReadOnlyList<string> ServerHosts { get => _servers; init => _servers = ValueList.Of(value); }

    private readonly IReadOnlyList<string> _servers = ValueList.Of<string>([]);

    /// <summary><c>search_base</c>: where the search starts, e.g. <c>ou=people,dc=example,dc=org</c>.</summary>
    public required string SearchBase { get; init; }

    /// <summary><c>query_filter</c>: the RFC 4515 filter with the key, e.g. <c>(mail=%s)</c>.</summary>
    public required string QueryFilter { get; init; }

    /// <summary><c>result_attribute</c>: the attributes whose values are the answer.</summary>
    public required IReadOnlyList<string> ResultAttributes { get => _attributes; init => _attributes = ValueList.Of(value); }

    private readonly IReadOnlyList<string> _attributes = ValueList.Of<string>([]);

    /// <summary><c>scope</c>; null keeps Postfix's default, <c>sub</c>.</summary>
    public LdapScope? Scope { get; init; }

    /// <summary><c>bind_dn</c>: who Postfix binds as; null binds anonymously.</summary>
    public string? BindDn { get; init; }

    /// <summary><c>bind_pw</c>: the bind password's secret; the file holds its marker only.</summary>
    public Secret? BindPassword { get; init; }

    /// <summary><c>start_tls</c>: upgrade <c>ldap://</c> connections with StartTLS.</summary>
    public bool? StartTls { get; init; }

    /// <summary><c>tls_ca_cert_file</c>: the CA certificates that verify the server, for <c>ldaps://</c> or StartTLS.</summary>
    public string? TlsCaCertFile { get; init; }

    /// <summary><c>tls_require_cert</c>: refuse a server whose certificate does not verify (Postfix's default: no).</summary>
    public bool? TlsRequireCert { get; init; }

    /// <summary><c>version</c>: the LDAP protocol version; 3 (Postfix's default is 2, which modern servers refuse).</summary>
    public int Version { get; init; } = 3;

    /// <inheritdoc/>
    public override string Lookup => QueryFilter;

    /// <inheritdoc/>
    public override bool HoldsSecrets => BindPassword is not null;

    /// <inheritdoc/>
    public override IReadOnlyList<(string Name, string Value)> Definition
    {
        get
        {
            var lines = new List<(string Name, string Value)>
            {
                ("server_host", string.Join(" ", ServerHosts)),
                ("search_base", SearchBase),
                ("query_filter", QueryFilter),
                ("result_attribute", string.Join(", ", ResultAttributes)),
            };
            AddCommon(lines);
            if (Scope is { } scope)
            {
                lines.Add(("scope", EnumText.Of(scope)));
            }

            if (BindDn is not null || BindPassword is not null)
            {
                lines.Add(("bind", "yes"));
                lines.Add(("bind_dn", BindDn ?? string.Empty));
                lines.Add(("bind_pw", BindPassword?.Marker ?? string.Empty));
            }

            if (StartTls is { } startTls)
            {
                lines.Add(("start_tls", startTls ? "yes" : "no"));
            }

            if (TlsCaCertFile is not null)
            {
                lines.Add(("tls_ca_cert_file", TlsCaCertFile));
            }

            if (TlsRequireCert is { } require)
            {
                lines.Add(("tls_require_cert", require ? "yes" : "no"));
            }

            lines.Add(("version", Version.ToString(CultureInfo.InvariantCulture)));
            return lines;
        }
    }
}
