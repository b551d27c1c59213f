namespace Postfix.Dsl;

/// <summary>
/// A lookup table that the host generates. Referencing it from a parameter writes both the reference
/// (<c>hash:/etc/postfix/access</c>) and the table's file, so the two cannot disagree. It also says
/// what a deployment must do with it: build it (<see cref="BuildCommand"/>), reload Postfix after a
/// change (<see cref="NeedsReload"/>), keep it from other users (<see cref="HoldsSecrets"/>).
/// </summary>
public abstract record LookupTable : TableReference
{
    /// <summary>The file name inside the configuration directory, e.g. <c>access</c>.</summary>
    public required string FileName { get; init; }

    /// <summary>The table type written in the reference.</summary>
    public abstract TableType Type { get; init; }

    /// <summary>True when Postfix needs an indexed file built from the text (<see cref="BuildCommand"/>) before use.</summary>
    public bool NeedsPostmap => Type is TableType.Hash or TableType.Lmdb or TableType.Cdb;

    /// <summary>
    /// The command that builds the indexed file from the written text: <c>postmap</c>, or <c>postalias</c>
    /// for an alias table; null when Postfix reads the text itself.
    /// </summary>
    public virtual string? BuildCommand => NeedsPostmap ? "postmap" : null;

    /// <summary>
    /// True when Postfix reads the table (or a database table's definition) once per process (regexp, pcre, cidr, texthash, and the
    /// definitions of sqlite, ldap, pgsql, mysql and memcache), so a change takes effect only after <c>postfix reload</c>; an indexed table is
    /// reopened when it changes.
    /// </summary>
    public bool NeedsReload => Type is TableType.Regexp or TableType.Pcre or TableType.Cidr or TableType.Texthash || IsDatabase(Type);

    /// <summary>
    /// Read through proxymap(8): referenced as <c>proxy:type:/etc/postfix/file</c>, so that processes share one
    /// connection to a database and chrooted processes reach a file outside the jail. The reference is added to
    /// <c>proxy_read_maps</c> when Postfix's list would not already name it, since proxymap refuses any other table.
    /// </summary>
    public bool Proxied { get; init; }

    /// <summary>True for the types whose file is a database definition (sqlite, ldap, pgsql, mysql, memcache), not a table of entries.</summary>
    internal static bool IsDatabase(TableType type) => type is TableType.Sqlite or TableType.Ldap or TableType.Pgsql or TableType.Mysql or TableType.Memcache;

    /// <summary>True when the table holds secrets (or their markers): it is written, and must be deployed, with mode 0600.</summary>
    public virtual bool HoldsSecrets => false;
}
