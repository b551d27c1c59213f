using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// An aliases(5) table for the local delivery agent (<c>alias_maps</c>, <c>alias_database</c>):
/// <c>name: target, target</c>, built with <c>postalias</c>. Targets are addresses, <c>:include:</c>
/// files, commands and files; the last two run or write as the alias's owner, so each is reported
/// (PFX0324) unless marked <see cref="AliasTarget.Intended"/>.
/// </summary>
public sealed record AliasTable : EntryTable<AliasEntry>
{
    /// <inheritdoc/>
    public override string? BuildCommand => NeedsPostmap ? "postalias" : null;
}

/// <summary>One alias: the local name and where its mail goes.</summary>
/// <param name="Name">The local part the alias answers for, e.g. <c>postmaster</c>.</param>
/// <param name="Targets">Where the mail goes, in order.</param>
public sealed record AliasEntry(string Name, IReadOnlyList<AliasTarget> Targets)
{
    /// <summary>Where the mail goes.</summary>
    public IReadOnlyList<AliasTarget> Targets { get; } = ValueList.Of(Targets);

    /// <summary>The key column as written: the name and its colon.</summary>
    public string Key => Name + ":";

    /// <summary>The value as written: the targets joined by ", ".</summary>
    public string Value => string.Join(", ", System.Linq.Enumerable.Select(Targets, t => t.Text));
}

/// <summary>What an alias delivers to.</summary>
public enum AliasTargetKind
{
    /// <summary>An address or another local name.</summary>
    Address,

    /// <summary><c>:include:/path</c>: the targets listed in a file.</summary>
    Include,

    /// <summary><c>|command</c>: a program that gets the message on its standard input.</summary>
    Command,

    /// <summary><c>/path</c>: a file the message is appended to.</summary>
    File,
}

/// <summary>One target of an alias. Commands and files are reported (PFX0324) unless <see cref="Intended"/>.</summary>
public sealed record AliasTarget
{
    private AliasTarget(AliasTargetKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>What the target is.</summary>
    public AliasTargetKind Kind { get; }

    /// <summary>The address, name, path or command line.</summary>
    public string Value { get; }

    /// <summary>True for a command or file delivery that is meant: PFX0324 is then not reported.</summary>
    public bool Intended { get; init; }

    /// <summary>The target as written in aliases(5): a command in quotes (<c>"|/usr/bin/procmail -a list"</c>) when it holds a blank or a comma.</summary>
    public string Text => Kind switch
    {
        AliasTargetKind.Include => ":include:" + Value,
        AliasTargetKind.Command => NeedsQuotes(Value) ? "\"|" + Value + "\"" : "|" + Value,
        _ => Value,
    };

    /// <summary>An address (<c>admin@example.org</c>) or a local name (<c>root</c>).</summary>
    public static AliasTarget Address(string address) => new(AliasTargetKind.Address, address);

    /// <summary><c>:include:/etc/postfix/lists/staff</c>: the targets listed in an absolute file.</summary>
    public static AliasTarget Include(string path) => new(AliasTargetKind.Include, path);

    /// <summary><c>|command</c>: a program run as the alias table's owner with the message on its standard input.</summary>
    public static AliasTarget Command(string commandLine) => new(AliasTargetKind.Command, commandLine);

    /// <summary><c>/path</c>: an absolute file the message is appended to, as the alias table's owner.</summary>
    public static AliasTarget File(string path) => new(AliasTargetKind.File, path);

    /// <summary>A target address or local name.</summary>
    public static implicit operator AliasTarget(string address) => Address(address);

    private static bool NeedsQuotes(string value)
    {
        foreach (var c in value)
        {
            if (c is ' ' or '\t' or ',' or '#')
            {
                return true;
            }
        }

        return false;
    }
}
