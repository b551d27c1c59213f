using System.Linq;

namespace Postfix.Dsl.Generators.Catalog;

/// <summary>The types a catalog row may have, and how each maps to a ParameterKind and a CLR type.</summary>
internal static class CatalogTypes
{
    private static readonly string[] SimpleTypes =
    [
        "bool", "int", "long", "string", "raw", "hostname", "domain", "transport",
        "list", "domain-list", "network-list", "maps", "restrictions",
    ];

    public static bool IsKnown(string type) =>
        SimpleTypes.Contains(type)
        || (type.StartsWith("time:") && type.Length == 6 && "smhdw".IndexOf(type[5]) >= 0)
        || (type.StartsWith("enum:") && type.Length > 5);

    public static string Kind(string type) => type switch
    {
        "bool" => "Bool",
        "int" => "Int",
        "long" => "Long",
        "string" => "String",
        "raw" => "Raw",
        "hostname" => "HostName",
        "domain" => "DomainName",
        "transport" => "Transport",
        "list" => "List",
        "domain-list" => "DomainList",
        "network-list" => "NetworkList",
        "maps" => "Maps",
        "restrictions" => "Restrictions",
        _ when type.StartsWith("time:") => "Time",
        _ => "Enum",
    };

    public static string ClrType(string type) => Kind(type) switch
    {
        "Bool" => "bool",
        "Int" => "int",
        "Long" => "long",
        "Time" => "global::Postfix.Dsl.PostfixTime",
        "String" or "Raw" or "HostName" or "DomainName" or "Transport" => "string",
        "List" or "DomainList" or "NetworkList" => "global::System.Collections.Generic.IReadOnlyList<string>",
        "Maps" => "global::System.Collections.Generic.IReadOnlyList<global::Postfix.Dsl.TableReference>",
        "Restrictions" => "global::System.Collections.Generic.IReadOnlyList<global::Postfix.Dsl.Restriction>",
        _ => "global::Postfix.Dsl." + type.Substring("enum:".Length),
    };

    /// <summary>The C# expression for the unit of a bare number, or <c>null</c>.</summary>
    public static string UnitExpression(string type) =>
        type.StartsWith("time:") ? "global::Postfix.Dsl.TimeUnit." + UnitName(type[5]) : "null";

    public static string UnitName(char unit) => unit switch
    {
        's' => "Seconds",
        'm' => "Minutes",
        'h' => "Hours",
        'd' => "Days",
        _ => "Weeks",
    };
}
