using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Checks a database table definition: what every kind shares (each value on one line, the lookup's
/// expansions, PFX0326, the domains), what SQL tables share (a quoted key, PFX0327) and what each kind
/// needs (a database path; servers, a database and a user with the password; LDAP servers, base,
/// attributes and a password that goes with a bind DN).
/// </summary>
internal static class DatabaseTableChecks
{
    public static void Check(ValidationContext context, DatabaseTable table)
    {
        var artifact = table.FileName;
        var definition = table.DefinitionIn(context.Host.ConfigDirectory);
        if (definition.FirstOrDefault(d => d.Value is null) is { Name: { } unset })
        {
            context.Report(ValidationRules.RequiredValue, artifact, unset, "(null)", "is required", "a value");
            return;
        }

        if (ParameterChecks.ReportControlCharacters(context, artifact, "definition", definition.Select(d => d.Value).ToList()))
        {
            return;
        }

        if (QueryExpansions.Problem(table.Lookup) is { } problem)
        {
            context.Report(ValidationRules.QueryWithoutKey, artifact, table switch { LdapTable => "query_filter", MemcacheTable => "key_format", _ => "query" }, table.Lookup, problem,
                table switch
                {
                    LdapTable => "a filter that selects by the key, e.g. (mail=%s)",
                    MemcacheTable => "a key format with the key, e.g. virtual:%s",
                    _ => "a query that selects by the key, e.g. SELECT goto FROM alias WHERE address='%s'",
                });
        }

        if (table.ResultFormat is { Length: 0 })
        {
            context.Report(ValidationRules.Unwritable, artifact, "result_format", string.Empty, "is empty, so every result would be the empty string", "%s, or a form such as smtp:[%s]");
        }

        foreach (var domain in table.Domains.Where(d => !ListItemReferences.IsReference(d) && !HostNameSyntax.IsValid(d)))
        {
            context.Report(ValidationRules.InvalidHostName, artifact, "domain", domain, "is not a valid domain name", "domains such as example.org, or a table reference");
        }

        if (table is SqlTable sql)
        {
            CheckSql(context, sql);
        }

        switch (table)
        {
            case SqliteTable sqlite:
                CheckSqlite(context, sqlite);
                break;
            case SqlServerTable server:
                CheckServer(context, server);
                break;
            case MemcacheTable memcache:
                CheckMemcache(context, memcache);
                break;
            case LdapTable ldap:
                CheckLdap(context, ldap);
                break;
        }
    }

    private static void CheckSqlite(ValidationContext context, SqliteTable table)
    {
        var path = table.DatabasePath;
        if (path.Length < 2 || path[0] != '/' || path.Any(char.IsWhiteSpace))
        {
            context.Report(ValidationRules.Unwritable, table.FileName, "dbpath", path, "is not an absolute path without blanks", "the database file, e.g. /var/lib/postfix/mail.sqlite");
        }

    }

    private static void CheckSql(ValidationContext context, SqlTable table)
    {
        if (SqlKeyQuoting.UnquotedExpansion(table.Query) is { } unquoted)
        {
            context.Report(ValidationRules.UnquotedSqlKey, table.FileName, "query", table.Query,
                $"has {unquoted} outside single quotes; Postfix escapes the key for a quoted string but adds no quotes, so the key would be read as SQL",
                $"the expansion inside quotes, e.g. WHERE address = '{unquoted}'");
        }

        if (table.ExpansionLimit is < 0)
        {
            context.Report(ValidationRules.Unwritable, table.FileName, "expansion_limit", table.ExpansionLimit.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "is negative", "a count of results, or null for no limit");
        }
    }

    private static void CheckMemcache(ValidationContext context, MemcacheTable table)
    {
        var artifact = table.FileName;
        if (table.ResultFormat is not null)
        {
            context.Report(ValidationRules.Unwritable, artifact, "result_format", table.ResultFormat,
                "is not a memcache_table(5) setting: the answer is stored and returned as the backup gave it", "null; format the answer in the backup table");
        }

        if (table.TimeToLive is < 0 or > 2592000)
        {
            context.Report(ValidationRules.Unwritable, artifact, "ttl", table.TimeToLive.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "is negative or longer than 30 days, which memcache reads as a date in 1970", "seconds from 0 to 2592000, e.g. 3600");
        }

        if (table.Flags is < 0)
        {
            context.Report(ValidationRules.Unwritable, artifact, "flags", table.Flags.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "is negative", "an unsigned number, e.g. 0");
        }

        if (table.Backup is LookupTable { Type: TableType.Memcache })
        {
            context.Report(ValidationRules.Unwritable, artifact, "backup", TableText.Reference(table.Backup, context.Host.ConfigDirectory),
                "is another memcache table, so a miss never reaches persistent data", "a persistent table: hash, lmdb, cdb, btree, or a database definition");
        }
    }

    private static void CheckServer(ValidationContext context, SqlServerTable table)
    {
        var artifact = table.FileName;
        if (table.Hosts.Count == 0)
        {
            context.Report(ValidationRules.Unwritable, artifact, "hosts", "(none)", "names no server", "Hosts = [SqlHost.Inet(\"db.example.org\")] or [SqlHost.Unix(\"/run/postgresql\")]");
        }

        if (table.DatabaseName.Length == 0 || table.DatabaseName.Any(char.IsWhiteSpace))
        {
            context.Report(ValidationRules.Unwritable, artifact, "dbname", table.DatabaseName, "is empty or holds a blank", "the database's name, e.g. mail");
        }

        if (table.User is { } user && (user.Length == 0 || user.Any(char.IsWhiteSpace)))
        {
            context.Report(ValidationRules.Unwritable, artifact, "user", user, "is empty or holds a blank", "the account's name, e.g. postfix");
        }

        if (table.Password is not null && table.User is null)
        {
            context.Report(ValidationRules.Unwritable, artifact, "user", "(none)", "is missing while a password is set, so the driver would log in as the Unix user the process runs as", "User = \"postfix\"");
        }
    }

    private static void CheckLdap(ValidationContext context, LdapTable table)
    {
        var artifact = table.FileName;
        if (table.ServerHosts.Count == 0 || table.ServerHosts.Any(h => h.Length == 0 || h.Any(char.IsWhiteSpace) || h.Contains(',')))
        {
            context.Report(ValidationRules.Unwritable, artifact, "server_host", string.Join(" ", table.ServerHosts),
                "has no server, or one with a blank or ','", "URLs such as ldap://ldap.example.org or ldaps://ldap.example.org:636");
        }

        if (table.SearchBase.Length == 0 || !table.SearchBase.Contains('='))
        {
            context.Report(ValidationRules.Unwritable, artifact, "search_base", table.SearchBase, "is not a distinguished name", "a DN such as ou=people,dc=example,dc=org");
        }

        if (table.QueryFilter.Length > 0 && (table.QueryFilter[0] != '(' || table.QueryFilter[^1] != ')'))
        {
            context.Report(ValidationRules.Unwritable, artifact, "query_filter", table.QueryFilter, "is not a parenthesized RFC 4515 filter", "(mail=%s), or (&(mail=%s)(accountStatus=active))");
        }

        if (table.ResultAttributes.Count == 0 || table.ResultAttributes.Any(a => a.Length == 0 || a.Any(c => char.IsWhiteSpace(c) || c == ',')))
        {
            context.Report(ValidationRules.Unwritable, artifact, "result_attribute", string.Join(", ", table.ResultAttributes),
                "has no attribute, or one with a blank or ','", "attribute names such as maildrop or mail");
        }

        if (table.BindPassword is not null && string.IsNullOrEmpty(table.BindDn))
        {
            context.Report(ValidationRules.Unwritable, artifact, "bind_dn", "(none)", "is missing while a bind password is set, so Postfix would bind anonymously with a password", "BindDn = \"cn=postfix,dc=example,dc=org\"");
        }

        if (table.Version is < 2 or > 3)
        {
            context.Report(ValidationRules.Unwritable, artifact, "version", table.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), "is not an LDAP version", "3");
        }
    }
}
