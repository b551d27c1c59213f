using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Postfix.Dsl.CatalogTool;

/// <summary>
/// What a person decided for one parameter, where Postfix's own tools do not say it: a type the
/// heuristics cannot see (long, raw, enum, host and domain names), an obsolete status, or a
/// description in our own words. An empty field means "derive it".
/// </summary>
internal sealed record CuratedEntry(string Name, string Type, string Status, string Replacement, string Description)
{
    public const string FileName = "curated.tsv";

    public static Dictionary<string, CuratedEntry> Read(string path)
    {
        var entries = new Dictionary<string, CuratedEntry>(StringComparer.Ordinal);
        foreach (var (line, number) in File.ReadAllLines(path).Select((l, i) => (l, i + 1)).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 5)
            {
                throw new FormatException($"{path}:{number}: expected 5 tab-separated columns, found {fields.Length}");
            }

            if (!entries.TryAdd(fields[0], new CuratedEntry(fields[0], fields[1], fields[2], fields[3], fields[4])))
            {
                throw new FormatException($"{path}:{number}: {fields[0]} is listed twice");
            }
        }

        return entries;
    }
}
