using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Postfix.Dsl;

/// <summary>
/// A Postfix configuration directory read as Postfix reads it: main.cf's parameters, master.cf's
/// services, and the tables its references name in the directory, each with its type.
/// </summary>
internal sealed partial class ConfigurationDirectory
{
    private ConfigurationDirectory(string path, IReadOnlyDictionary<string, string> parameters, MasterCfFile masterCf,
        IReadOnlyDictionary<string, (string Type, string Reference)> tables, IReadOnlyList<(string Type, string Path)> references)
    {
        Path = path;
        Parameters = parameters;
        MasterCf = masterCf;
        Tables = tables;
        References = references;
    }

    public string Path { get; }

    /// <summary>main.cf's parameters as set (the last definition of a name wins).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    public MasterCfFile MasterCf { get; }

    /// <summary>
    /// The files of the directory that main.cf or master.cf reference as tables: file name → (kind, reference as written).
    /// The kind is the table type, prefixed <c>alias:</c> for alias_maps and <c>secret:</c> for SASL password maps.
    /// </summary>
    public IReadOnlyDictionary<string, (string Type, string Reference)> Tables { get; }

    /// <summary>Every <c>type:/path</c> reference of main.cf and master.cf, wherever it points.</summary>
    public IReadOnlyList<(string Type, string Path)> References { get; }

    /// <summary>What builds the index of a table of kind <paramref name="kind"/> (<see cref="Tables"/>): postmap, postalias, or null for a table read as text.</summary>
    public static string? BuildCommand(string kind) =>
        kind.Split(':')[^1] is "hash" or "lmdb" or "cdb" or "btree" or "dbm"
            ? kind.StartsWith("alias:", StringComparison.Ordinal) ? "postalias" : "postmap"
            : null;

    public string Read(string file) => File.ReadAllText(System.IO.Path.Combine(Path, file));

    public bool Has(string file) => File.Exists(System.IO.Path.Combine(Path, file));

    /// <param name="path">The directory to read.</param>
    /// <param name="hostDirectory">Where the files live on the host, when not in <paramref name="path"/> (a staging copy of /etc/postfix).</param>
    public static ConfigurationDirectory Load(string path, string? hostDirectory = null)
    {
        if (!Directory.Exists(path))
        {
            throw new ConfigurationReadException($"{path}: no such directory; expected a Postfix configuration directory with main.cf");
        }

        var mainCfPath = System.IO.Path.Combine(path, "main.cf");
        if (!File.Exists(mainCfPath))
        {
            throw new ConfigurationReadException($"{path}: has no main.cf; expected a Postfix configuration directory");
        }

        var mainCfText = File.ReadAllText(mainCfPath);
        var mainCf = MainCfReader.Read(mainCfText);
        // A name defined twice is read as Postfix reads it (the last wins), as servers often have; anything else is refused.
        Refuse(mainCfPath, mainCf.Problems.Where(p => p.Problem != MainCfReader.Overrides).ToList());
        var masterCfPath = System.IO.Path.Combine(path, "master.cf");
        var masterCfText = File.Exists(masterCfPath) ? File.ReadAllText(masterCfPath) : string.Empty;
        var masterCf = MasterCfReader.Read(masterCfText);
        Refuse(masterCfPath, masterCf.Problems);

        // References name files under the host's config_directory (/etc/postfix unless set), or under this copy's own path.
        var prefixes = new[] { hostDirectory ?? mainCf.Parameters.GetValueOrDefault("config_directory") ?? "/etc/postfix", path }.Select(p => p.TrimEnd('/') + "/").ToArray();
        var tables = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var references = new List<(string, string)>();
        var values = mainCf.Definitions.Select(d => (d.Name, d.Value))
            .Concat(masterCf.Entries.SelectMany(e => e.Overrides.Select(o => (o.Name, o.Value)).Concat(e.Arguments.Select(a => ("", a)))));
        foreach (var (name, value) in values)
        {
            foreach (Match reference in TableReference().Matches(value))
            {
                var file = reference.Groups["path"].Value;
                var prefix = prefixes.FirstOrDefault(p => file.StartsWith(p, StringComparison.Ordinal));
                var type = reference.Groups["type"].Value;
                references.Add((type, file));
                if (prefix is null || file[prefix.Length..].Contains('/') || type is "proxy")
                {
                    continue;
                }

                var fileName = file[prefix.Length..];
                var kind = name is "alias_maps" or "alias_database" && type is "hash" or "lmdb" or "cdb" ? "alias:" + type
                    : name is "smtp_sasl_password_maps" or "lmtp_sasl_password_maps" ? "secret:" + type
                    : type;
                tables.TryAdd(fileName, (kind, type + ":" + file));
            }
        }

        return new ConfigurationDirectory(path, mainCf.Parameters, masterCf, tables, references);
    }

    private static void Refuse(string file, IReadOnlyList<ReadProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new ConfigurationReadException($"{file}: {problems[0]}; expected a file Postfix reads without a warning");
        }
    }

    // type:/path, also after proxy: (the type is the one after it).
    [GeneratedRegex(@"(?:proxy:)?(?<type>[a-z][a-z0-9]*):(?<path>/[^\s,{}]+)")]
    private static partial Regex TableReference();
}
