using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// A virtual(5) alias table (<c>virtual_alias_maps</c>): each recipient key rewritten to one or more
/// addresses, for every address class. A <see cref="VirtualKey.Domain"/> entry declares a virtual
/// alias domain (the default <c>virtual_alias_domains</c> is <c>$virtual_alias_maps</c>).
/// </summary>
public sealed record VirtualAliasTable : EntryTable<VirtualAliasEntry>
{
    /// <summary>The domains the table declares with <see cref="VirtualKey.Domain"/> entries.</summary>
    public IEnumerable<string> DeclaredDomains => Entries.Where(e => e.Key.Kind == VirtualKeyKind.Domain).Select(e => e.Key.Text);
}

/// <summary>One virtual(5) entry: the key and the addresses it becomes (joined by ", ").</summary>
/// <param name="Key">What a recipient matches.</param>
/// <param name="Addresses">Where the mail goes instead; for a domain declaration, a word Postfix ignores (<c>"virtual"</c> by convention).</param>
public sealed record VirtualAliasEntry(VirtualKey Key, IReadOnlyList<string> Addresses)
{
    /// <summary>Where the mail goes instead.</summary>
    public IReadOnlyList<string> Addresses { get; } = ValueList.Of(Addresses);

    /// <summary>The value as written.</summary>
    public string Value => string.Join(", ", Addresses);
}

/// <summary>The kinds of virtual(5) key.</summary>
public enum VirtualKeyKind
{
    /// <summary><c>user@domain</c>.</summary>
    Address,

    /// <summary><c>user</c>: matches user@site only when site is $myorigin, in $mydestination or $inet_interfaces.</summary>
    User,

    /// <summary><c>@domain</c>: every address of the domain not matched otherwise (a catch-all).</summary>
    CatchAll,

    /// <summary><c>domain</c>: declares a virtual alias domain; the value is ignored.</summary>
    Domain,
}

/// <summary>A virtual(5) key.</summary>
public sealed record VirtualKey
{
    private VirtualKey(VirtualKeyKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>What the key matches.</summary>
    public VirtualKeyKind Kind { get; }

    /// <summary>The key as written.</summary>
    public string Text { get; }

    /// <summary><c>postmaster@example.org</c>.</summary>
    public static VirtualKey Address(string address) => new(VirtualKeyKind.Address, address);

    /// <summary><c>root</c>: a local name, for the host's own domains only.</summary>
    public static VirtualKey User(string name) => new(VirtualKeyKind.User, name);

    /// <summary><c>@example.org</c>: every other address of the domain.</summary>
    public static VirtualKey CatchAll(string domain) => new(VirtualKeyKind.CatchAll, "@" + domain);

    /// <summary><c>example.org</c>: declares example.org a virtual alias domain.</summary>
    public static VirtualKey Domain(string domain) => new(VirtualKeyKind.Domain, domain);

    /// <summary>An address key.</summary>
    public static implicit operator VirtualKey(string address) => Address(address);
}
