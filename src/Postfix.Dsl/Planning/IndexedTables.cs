using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>One table of a configuration directory that Postfix reads from an index built from the text.</summary>
/// <param name="File">The text file's name in the directory.</param>
/// <param name="Type">The index type: hash, lmdb, cdb, btree or dbm.</param>
/// <param name="Command">What builds it: <c>postmap</c>, or <c>postalias</c> for an alias table.</param>
public sealed record IndexedTable(string File, string Type, string Command);

/// <summary>The tables of a configuration directory that need building (postmap or postalias) before Postfix may use them.</summary>
public static class IndexedTables
{
    /// <summary>Every <c>type:/path</c> table reference of <paramref name="directory"/>'s main.cf and master.cf, wherever it points.</summary>
    public static IReadOnlyList<(string Type, string Path)> References(string directory) => ConfigurationDirectory.Load(directory).References;

    /// <summary>The indexed tables that main.cf and master.cf reference in <paramref name="directory"/>, in file-name order.</summary>
    /// <param name="directory">The configuration directory, or a staging copy of it.</param>
    /// <param name="hostDirectory">Where it lives on the host when the references name another directory.</param>
    public static IReadOnlyList<IndexedTable> In(string directory, string? hostDirectory = null) =>
        ConfigurationDirectory.Load(directory, hostDirectory).Tables
            .Where(t => System.IO.File.Exists(System.IO.Path.Combine(directory, t.Key)))
            .Select(t => (File: t.Key, Kind: t.Value.Type, Command: ConfigurationDirectory.BuildCommand(t.Value.Type)))
            .Where(t => t.Command is not null)
            .Select(t => new IndexedTable(t.File, t.Kind.Split(':')[^1], t.Command!))
            .OrderBy(t => t.File, System.StringComparer.Ordinal)
            .ToList();
}
