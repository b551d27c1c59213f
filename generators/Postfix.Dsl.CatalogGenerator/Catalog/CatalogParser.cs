using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Postfix.Dsl.Generators.Common;

namespace Postfix.Dsl.Generators.Catalog;

/// <summary>
/// Reads the tab-separated catalogs: a header line, then one parameter per line. Columns are found
/// by their header name, so a column the generator does not need (type_source, description_source)
/// can be added without touching it.
/// </summary>
internal static class CatalogParser
{
    private static readonly Regex NamePattern = new("^[A-Za-z0-9_]+$", RegexOptions.CultureInvariant);

    private static ParameterStatus? Status(string text) => text switch
    {
        "" => ParameterStatus.Current,
        "renamed" => ParameterStatus.Renamed,
        "legacy" => ParameterStatus.Legacy,
        "obsolete" => ParameterStatus.Obsolete,
        "read-only" => ParameterStatus.ReadOnly,
        "discouraged" => ParameterStatus.Discouraged,
        _ => null,
    };

    public static ParsedCatalog Parse(string path, string text)
    {
        var parameters = new List<CatalogParameter>();
        var errors = new List<string>();
        foreach (var row in Rows(text, ["name", "type", "default", "since", "status", "replacement", "description"], errors))
        {
            var name = row.Fields[0];
            if (Check(row.Line, name, row.Fields[1], errors) is not { } type)
            {
                continue;
            }

            if (Status(row.Fields[4]) is not { } status)
            {
                errors.Add($"line {row.Line}: unknown status '{row.Fields[4]}' for {name}");
                continue;
            }

            parameters.Add(new CatalogParameter(name, type, row.Fields[2], row.Fields[3], status, row.Fields[5], row.Fields[6]));
        }

        var sorted = parameters.OrderBy(p => p.Name, System.StringComparer.Ordinal);
        return new ParsedCatalog(path, new EquatableArray<CatalogParameter>(sorted), new EquatableArray<string>(errors));
    }

    public static ParsedTransportCatalog ParseTransport(string path, string text)
    {
        var parameters = new List<TransportParameter>();
        var errors = new List<string>();
        foreach (var row in Rows(text, ["suffix", "type", "default", "commands", "description"], errors))
        {
            if (Check(row.Line, row.Fields[0], row.Fields[1], errors) is { } type)
            {
                parameters.Add(new TransportParameter(row.Fields[0], type, row.Fields[2], row.Fields[3], row.Fields[4]));
            }
        }

        var sorted = parameters.OrderBy(p => p.Suffix, System.StringComparer.Ordinal);
        return new ParsedTransportCatalog(path, new EquatableArray<TransportParameter>(sorted), new EquatableArray<string>(errors));
    }

    /// <summary>The parsed type of a row with a valid name and a known type; null (and an error) otherwise.</summary>
    private static CatalogType? Check(int line, string name, string type, List<string> errors)
    {
        if (!NamePattern.IsMatch(name))
        {
            errors.Add($"line {line}: '{name}' is not a Postfix parameter name");
            return null;
        }

        if (CatalogType.Parse(type) is not { } parsed)
        {
            errors.Add($"line {line}: unknown type '{type}' for {name}");
            return null;
        }

        return parsed;
    }

    /// <summary>The fields named by <paramref name="columns"/>, in that order, of every data line.</summary>
    private static IEnumerable<(int Line, string[] Fields)> Rows(string text, string[] columns, List<string> errors)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var header = lines[0].Split('\t');
        var indexes = columns.Select(c => System.Array.IndexOf(header, c)).ToArray();
        var missing = columns.Where((_, i) => indexes[i] < 0).ToList();
        if (missing.Count > 0)
        {
            errors.Add("line 1: missing column(s) " + string.Join(", ", missing));
            yield break;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length != header.Length)
            {
                errors.Add($"line {i + 1}: expected {header.Length} tab-separated columns, found {fields.Length}");
                continue;
            }

            yield return (i + 1, indexes.Select(x => fields[x]).ToArray());
        }
    }
}
