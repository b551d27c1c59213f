using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Postfix.Dsl.Generators.Common;

namespace Postfix.Dsl.Generators.Catalog;

/// <summary>Reads the tab-separated catalog: a header line, then one parameter per line.</summary>
internal static class CatalogParser
{
    private const int ColumnCount = 6;

    private static readonly Regex NamePattern = new("^[a-z0-9_]+$", RegexOptions.CultureInvariant);

    private static readonly string[] SimpleTypes =
    [
        "bool", "int", "long", "string", "raw", "hostname", "domain",
        "list", "domain-list", "network-list", "maps", "restrictions",
    ];

    public static ParsedCatalog Parse(string path, string text)
    {
        var parameters = new List<CatalogParameter>();
        var errors = new List<string>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != ColumnCount)
            {
                errors.Add($"line {i + 1}: expected {ColumnCount} tab-separated columns, found {fields.Length}");
                continue;
            }

            var parameter = new CatalogParameter(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
            if (!NamePattern.IsMatch(parameter.Name))
            {
                errors.Add($"line {i + 1}: '{parameter.Name}' is not a Postfix parameter name");
            }
            else if (!IsKnownType(parameter.Type))
            {
                errors.Add($"line {i + 1}: unknown type '{parameter.Type}' for {parameter.Name}");
            }
            else
            {
                parameters.Add(parameter);
            }
        }

        var sorted = parameters.OrderBy(p => p.Name, System.StringComparer.Ordinal);
        return new ParsedCatalog(path, new EquatableArray<CatalogParameter>(sorted), new EquatableArray<string>(errors));
    }

    private static bool IsKnownType(string type) =>
        SimpleTypes.Contains(type)
        || (type.StartsWith("time:") && type.Length == 6 && "smhdw".IndexOf(type[5]) >= 0)
        || (type.StartsWith("enum:") && type.Length > 5);
}
