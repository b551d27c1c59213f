namespace Postfix.Dsl.Generators.Catalog;

/// <summary>What kind of value a catalog type holds; the names are those of the library's <c>ParameterKind</c>.</summary>
internal enum CatalogTypeKind
{
    Bool,
    Int,
    Long,
    String,
    Raw,
    HostName,
    DomainName,
    Transport,
    List,
    DomainList,
    NetworkList,
    Maps,
    Restrictions,
    Time,
    Enum,
}

/// <summary>The unit Postfix gives a bare number of a time parameter.</summary>
internal enum CatalogTimeUnit
{
    Seconds,
    Minutes,
    Hours,
    Days,
    Weeks,
}

/// <summary>
/// A catalog row's type column, parsed once: <c>bool</c>, <c>time:s</c>, <c>enum:TlsSecurityLevel</c>,
/// ... Everything downstream works on this typed value, never on the text.
/// </summary>
/// <param name="Kind">The kind of value.</param>
/// <param name="Unit">For <see cref="CatalogTypeKind.Time"/>, the unit of a bare number.</param>
/// <param name="EnumName">For <see cref="CatalogTypeKind.Enum"/>, the library enum's name.</param>
internal sealed record CatalogType(CatalogTypeKind Kind, CatalogTimeUnit? Unit = null, string? EnumName = null)
{
    /// <summary>Parses the type column; null when the text names no type.</summary>
    public static CatalogType? Parse(string text)
    {
        switch (text)
        {
            case "bool": return new(CatalogTypeKind.Bool);
            case "int": return new(CatalogTypeKind.Int);
            case "long": return new(CatalogTypeKind.Long);
            case "string": return new(CatalogTypeKind.String);
            case "raw": return new(CatalogTypeKind.Raw);
            case "hostname": return new(CatalogTypeKind.HostName);
            case "domain": return new(CatalogTypeKind.DomainName);
            case "transport": return new(CatalogTypeKind.Transport);
            case "list": return new(CatalogTypeKind.List);
            case "domain-list": return new(CatalogTypeKind.DomainList);
            case "network-list": return new(CatalogTypeKind.NetworkList);
            case "maps": return new(CatalogTypeKind.Maps);
            case "restrictions": return new(CatalogTypeKind.Restrictions);
        }

        if (text.StartsWith("time:") && text.Length == 6 && TimeUnit(text[5]) is { } unit)
        {
            return new(CatalogTypeKind.Time, Unit: unit);
        }

        if (text.StartsWith("enum:") && text.Length > 5 && IsIdentifier(text.Substring(5)))
        {
            return new(CatalogTypeKind.Enum, EnumName: text.Substring(5));
        }

        return null;
    }

    /// <summary>The C# type of the property (without the nullable mark).</summary>
    public string ClrType => Kind switch
    {
        CatalogTypeKind.Bool => Scalar("bool"),
        CatalogTypeKind.Int => Scalar("int"),
        CatalogTypeKind.Long => Scalar("long"),
        CatalogTypeKind.Time => Scalar("global::Postfix.Dsl.PostfixTime"),
        CatalogTypeKind.String or CatalogTypeKind.Raw or CatalogTypeKind.HostName or CatalogTypeKind.DomainName or CatalogTypeKind.Transport => "string",
        CatalogTypeKind.List or CatalogTypeKind.DomainList => "global::System.Collections.Generic.IReadOnlyList<string>",
        CatalogTypeKind.NetworkList => "global::System.Collections.Generic.IReadOnlyList<global::Postfix.Dsl.NetworkItem>",
        CatalogTypeKind.Maps => "global::System.Collections.Generic.IReadOnlyList<global::Postfix.Dsl.TableReference>",
        CatalogTypeKind.Restrictions => "global::System.Collections.Generic.IReadOnlyList<global::Postfix.Dsl.Restriction>",
        _ => Scalar("global::Postfix.Dsl." + EnumName),
    };

    /// <summary>True when the property holds a literal or an expression (<c>PostfixValue&lt;T&gt;</c>).</summary>
    public bool IsScalarValue => Kind is CatalogTypeKind.Bool or CatalogTypeKind.Int or CatalogTypeKind.Long or CatalogTypeKind.Time or CatalogTypeKind.Enum;

    // A typed scalar takes a literal or an expression Postfix computes (${stress?1}${stress:5}).
    private static string Scalar(string literal) => "global::Postfix.Dsl.PostfixValue<" + literal + ">";

    /// <summary>The <c>ParameterKind</c> member that names this kind.</summary>
    public string KindExpression => "global::Postfix.Dsl.ParameterKind." + Kind;

    /// <summary>The C# expression for the unit of a bare number, or <c>null</c>.</summary>
    public string UnitExpression => Unit is { } unit ? "global::Postfix.Dsl.TimeUnit." + unit : "null";

    private static CatalogTimeUnit? TimeUnit(char letter) => letter switch
    {
        's' => CatalogTimeUnit.Seconds,
        'm' => CatalogTimeUnit.Minutes,
        'h' => CatalogTimeUnit.Hours,
        'd' => CatalogTimeUnit.Days,
        'w' => CatalogTimeUnit.Weeks,
        _ => null,
    };

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
