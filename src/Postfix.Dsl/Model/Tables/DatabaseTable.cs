using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// A table whose entries live in a database (SQLite, LDAP, PostgreSQL, MySQL, memcache): the host writes its definition, the
/// <c>.cf</c> file Postfix reads to know where to look and how to ask, and references it as
/// <c>type:/etc/postfix/name.cf</c>. Postfix reads the definition at process start.
/// </summary>
public abstract record DatabaseTable : LookupTable
{
    /// <summary>The query or filter that answers a lookup, with the key as <c>%s</c> (or <c>%u</c>, <c>%d</c>, <c>%1</c>…<c>%9</c>): checked by PFX0326.</summary>
    public abstract string Lookup { get; }

    /// <summary><c>domain</c>: only keys in these domains are looked up (saves queries for addresses of other domains).</summary>
    public IReadOnlyList<string> Domains { get => _domains; init => _domains = ValueList.Of(value); }

    private readonly IReadOnlyList<string> _domains = ValueList.Of<string>([]);

    /// <summary><c>result_format</c>: how each result is written (<c>%s</c> when null), e.g. <c>smtp:[%s]</c>.</summary>
    public string? ResultFormat { get; init; }

    /// <summary>The <c>name = value</c> lines of the definition, in the order the table's manual lists them.</summary>
    public abstract IReadOnlyList<(string Name, string Value)> Definition { get; }

    /// <summary>The lines as a host with <paramref name="configDirectory"/> writes them (a definition that names one of the host's tables names it there).</summary>
    internal virtual IReadOnlyList<(string Name, string Value)> DefinitionIn(string configDirectory) => Definition;

    /// <summary>The optional lines every kind shares: result_format and domain.</summary>
    private protected void AddCommon(List<(string Name, string Value)> lines)
    {
        if (ResultFormat is not null)
        {
            lines.Add(("result_format", ResultFormat));
        }

        if (Domains.Count > 0)
        {
            lines.Add(("domain", string.Join(", ", Domains)));
        }
    }
}
