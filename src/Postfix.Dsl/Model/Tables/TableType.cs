namespace Postfix.Dsl;

/// <summary>Lookup table types of Postfix, written before the colon of a table reference.</summary>
public enum TableType
{
    /// <summary><c>hash</c>: Berkeley DB hash, built with postmap.</summary>
    Hash,

    /// <summary><c>lmdb</c>: OpenLDAP LMDB, built with postmap (package postfix-lmdb).</summary>
    Lmdb,

    /// <summary><c>cdb</c>: constant database, built with postmap (package postfix-cdb).</summary>
    Cdb,

    /// <summary><c>texthash</c>: read as text at start-up, no postmap needed.</summary>
    Texthash,

    /// <summary><c>cidr</c>: network/prefix keys, read as text.</summary>
    Cidr,

    /// <summary><c>regexp</c>: POSIX regular expressions, read as text.</summary>
    Regexp,

    /// <summary><c>pcre</c>: Perl-compatible regular expressions, read as text (package postfix-pcre).</summary>
    Pcre,

    /// <summary><c>sqlite</c>: an SQLite query, defined in a <c>.cf</c> file (package postfix-sqlite); only for <see cref="SqliteTable"/>.</summary>
    Sqlite,

    /// <summary><c>ldap</c>: an LDAP search, defined in a <c>.cf</c> file (package postfix-ldap); only for <see cref="LdapTable"/>.</summary>
    Ldap,

    /// <summary><c>pgsql</c>: a PostgreSQL query, defined in a <c>.cf</c> file (package postfix-pgsql); only for <see cref="PgsqlTable"/>.</summary>
    Pgsql,

    /// <summary><c>mysql</c>: a MySQL or MariaDB query, defined in a <c>.cf</c> file (package postfix-mysql); only for <see cref="MysqlTable"/>.</summary>
    Mysql,

    /// <summary><c>memcache</c>: a memcache server with an optional persistent backup, defined in a <c>.cf</c> file; only for <see cref="MemcacheTable"/>.</summary>
    Memcache,
}
