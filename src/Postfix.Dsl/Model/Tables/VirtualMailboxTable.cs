using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// The mailboxes of virtual(8) delivery (<c>virtual_mailbox_maps</c>): each address, or every other
/// address of a domain, and the mailbox its mail is delivered to under <c>virtual_mailbox_base</c>.
/// A <see cref="MailboxKey.Domain"/> entry declares a virtual mailbox domain (the default
/// <c>virtual_mailbox_domains</c> is <c>$virtual_mailbox_maps</c>); a domain in two address classes is PFX0325.
/// </summary>
public sealed record VirtualMailboxTable : EntryTable<VirtualMailbox>
{
    /// <summary>The domains the table declares with <see cref="MailboxKey.Domain"/> entries.</summary>
    public IEnumerable<string> DeclaredDomains => Entries.Where(e => e.Key.Kind == MailboxKeyKind.Domain).Select(e => e.Key.Text);
}

/// <summary>One virtual mailbox: the key and where its mail is stored (for a domain declaration, nothing).</summary>
/// <param name="Key">The address, @domain or domain.</param>
/// <param name="Mailbox">The mailbox under <c>virtual_mailbox_base</c>; null for a <see cref="MailboxKey.Domain"/> declaration.</param>
public sealed record VirtualMailbox(MailboxKey Key, Mailbox? Mailbox)
{
    /// <summary>The value as written: the mailbox path, or <c>virtual</c> for a domain declaration (a word Postfix ignores).</summary>
    public string Value => Mailbox?.Path ?? "virtual";
}

/// <summary>The kinds of virtual mailbox key.</summary>
public enum MailboxKeyKind
{
    /// <summary><c>user@domain</c>.</summary>
    Address,

    /// <summary><c>@domain</c>: every address of the domain that no address key matches.</summary>
    CatchAll,

    /// <summary><c>domain</c>: declares a virtual mailbox domain.</summary>
    Domain,
}

/// <summary>A virtual mailbox key: virtual(8) looks up the whole address, then <c>@domain</c>.</summary>
public sealed record MailboxKey
{
    private MailboxKey(MailboxKeyKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>What the key matches.</summary>
    public MailboxKeyKind Kind { get; }

    /// <summary>The key as written.</summary>
    public string Text { get; }

    /// <summary><c>alice@example.org</c>.</summary>
    public static MailboxKey Address(string address) => new(MailboxKeyKind.Address, address);

    /// <summary><c>@example.org</c>: every other address of the domain.</summary>
    public static MailboxKey CatchAll(string domain) => new(MailboxKeyKind.CatchAll, "@" + domain);

    /// <summary><c>example.org</c>: declares example.org a virtual mailbox domain.</summary>
    public static MailboxKey Domain(string domain) => new(MailboxKeyKind.Domain, domain);

    /// <summary>An address key.</summary>
    public static implicit operator MailboxKey(string address) => Address(address);
}

/// <summary>
/// A mailbox under <c>virtual_mailbox_base</c>, as virtual(8) reads it: a path ending in <c>/</c> is a
/// Maildir, any other an mbox file.
/// </summary>
public sealed record Mailbox
{
    private Mailbox(string path) => Path = path;

    /// <summary>The path as written, relative to <c>virtual_mailbox_base</c>.</summary>
    public string Path { get; }

    /// <summary>True for a Maildir (the path ends in <c>/</c>).</summary>
    public bool IsMaildir => Path.EndsWith('/');

    /// <summary>A Maildir, e.g. <c>example.org/alice/</c> (the trailing <c>/</c> is added when missing).</summary>
    public static Mailbox Maildir(string path) => new((path ?? throw new ArgumentNullException(nameof(path))).EndsWith('/') ? path : path + "/");

    /// <summary>An mbox file, e.g. <c>example.org/alice</c>; a trailing <c>/</c> would make it a Maildir, so it is refused.</summary>
    public static Mailbox Mbox(string path) =>
        (path ?? throw new ArgumentNullException(nameof(path))).EndsWith('/')
            ? throw new ArgumentException($"'{path}' ends with '/', which makes it a Maildir: use Mailbox.Maildir, or drop the '/'.", nameof(path))
            : new(path);
}
