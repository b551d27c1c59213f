using System.Collections.Generic;
using System.Globalization;

namespace Postfix.Dsl;

/// <summary>
/// A memcache_table(5) definition, referenced as <c>memcache:/etc/postfix/memcache_virtual.cf</c>:
/// lookups ask a memcache server first and, on a miss, the <see cref="Backup"/> table, whose answer
/// is then stored in memcache for <see cref="TimeToLive"/>. Also a shared postscreen(8) or verify(8) cache.
/// </summary>
/// <example><code>
/// new MemcacheTable
/// {
///     FileName = "memcache_virtual.cf",
///     Server = MemcacheServer.Inet("127.0.0.1", 11211),
///     Backup = virtualAliases,           // a table object of the host, or "btree:/var/lib/postfix/cache"
///     KeyFormat = "virtual:%s",          // one prefix per table that shares the server
/// }
/// </code></example>
public sealed record MemcacheTable : DatabaseTable
{
    /// <summary>Always <see cref="TableType.Memcache"/>.</summary>
    public override TableType Type { get => TableType.Memcache; init => FixedType.Require(value, TableType.Memcache, nameof(MemcacheTable)); }

    /// <summary><c>memcache</c>: the one memcache server.</summary>
    public required MemcacheServer Server { get; init; }

    /// <summary><c>backup</c>: the persistent table asked on a miss (a table object of the host is written with it); null for none.</summary>
    public TableReference? Backup { get; init; }

    /// <summary><c>key_format</c>: the key sent to memcache, with the lookup key as <c>%s</c> (Postfix's default: <c>%s</c>); a prefix keeps tables that share a server apart.</summary>
    public string? KeyFormat { get; init; }

    /// <summary><c>ttl</c>: how long memcache keeps an answer, in seconds (Postfix's default: 3600); at most 2592000 (30 days), beyond which memcache reads it as a date.</summary>
    public int? TimeToLive { get; init; }

    /// <summary><c>flags</c>: stored with each update, ignored by lookups.</summary>
    public int? Flags { get; init; }

    /// <inheritdoc/>
    public override string Lookup => KeyFormat ?? "%s";

    /// <summary>The definition with a backup table of the host named under <c>/etc/postfix</c>, Postfix's default configuration directory.</summary>
    public override IReadOnlyList<(string Name, string Value)> Definition => DefinitionIn("/etc/postfix");

    /// <inheritdoc/>
    internal override IReadOnlyList<(string Name, string Value)> DefinitionIn(string configDirectory)
    {
        var lines = new List<(string Name, string Value)> { ("memcache", Server.Text) };
        if (Backup is not null)
        {
            lines.Add(("backup", TableText.Reference(Backup, configDirectory)));
        }

        if (KeyFormat is not null)
        {
            lines.Add(("key_format", KeyFormat));
        }

        if (Domains.Count > 0)
        {
            lines.Add(("domain", string.Join(", ", Domains)));
        }

        if (TimeToLive is { } ttl)
        {
            lines.Add(("ttl", ttl.ToString(CultureInfo.InvariantCulture)));
        }

        if (Flags is { } flags)
        {
            lines.Add(("flags", flags.ToString(CultureInfo.InvariantCulture)));
        }

        return lines;
    }
}

/// <summary>The memcache server of a <see cref="MemcacheTable"/>: <c>inet:host:port</c> or <c>unix:/path</c>.</summary>
public sealed record MemcacheServer
{
    private MemcacheServer(string text) => Text = text;

    /// <summary>As written in <c>memcache</c>.</summary>
    public string Text { get; }

    /// <summary>A server on TCP; an IPv6 address goes inside <c>[]</c>.</summary>
    public static MemcacheServer Inet(string host, int port = 11211) =>
        new(SocketEndpoint.Inet(host.Contains(':') && host[0] != '[' ? "[" + host + "]" : host, port, nameof(port)));

    /// <summary>A server on a UNIX-domain socket (with proxymap, the postfix user must be able to reach it).</summary>
    public static MemcacheServer Unix(string path) => new("unix:" + SocketEndpoint.Path(path, nameof(path)));

    /// <inheritdoc/>
    public override string ToString() => Text;
}
