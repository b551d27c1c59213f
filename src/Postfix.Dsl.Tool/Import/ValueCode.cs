using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Postfix.Dsl.Tool.Import.CodeSyntax;

namespace Postfix.Dsl.Tool.Import;

/// <summary>
/// The C# for one parameter value, by the parameter's type: a literal of its type, an enum member,
/// a list, a table list, a restriction list, or an <see cref="Expansion"/> where Postfix computes
/// the value. Null when the text fits no form of the type (the caller writes it raw and says why).
/// </summary>
internal static partial class ValueCode
{
    /// <summary>
    /// The expression for <paramref name="text"/> as a value of a <paramref name="kind"/> property of type
    /// <paramref name="propertyType"/>; a restriction list may name the host's own lists
    /// (<paramref name="ownLists"/>, Postfix name → field), tables in the copy (<paramref name="tables"/>)
    /// and restriction classes (<paramref name="classes"/>).
    /// </summary>
    public static ExpressionSyntax? Of(string name, ParameterKind kind, Type propertyType, string text, ImportIssues issues, out string? problem,
        IReadOnlyDictionary<string, string>? ownLists = null, TableObjects? tables = null, IReadOnlyDictionary<string, string>? classes = null)
    {
        problem = null;
        var literal = LiteralType(propertyType);
        switch (kind)
        {
            case ParameterKind.Bool:
                return text switch
                {
                    "yes" or "Yes" or "YES" or "true" => Bool(true),
                    "no" or "No" or "NO" or "false" => Bool(false),
                    _ when text.Contains('$') => Expand(text),
                    _ => Fail(out problem, "is not yes or no"),
                };
            case ParameterKind.Int or ParameterKind.Long:
                return long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
                    && (kind == ParameterKind.Long || number is >= int.MinValue and <= int.MaxValue)
                    ? Number(number)
                    : text.Contains('$') ? Expand(text) : Fail(out problem, "is not a whole number");
            case ParameterKind.Time:
                return Time(text) ?? (text.Contains('$') ? Expand(text) : Fail(out problem, "is not a number with at most one unit letter (s, m, h, d, w)"));
            case ParameterKind.Enum:
                if (literal is { IsEnum: true } && ModelMembers.EnumMember(literal, text) is { } member)
                {
                    issues.Explain(literal.GetField(member)!);
                    return Member(literal.Name, member);
                }

                return text.Contains('$') ? Expand(text) : Fail(out problem, $"is not one of the values of {literal?.Name}");
            case ParameterKind.List or ParameterKind.DomainList or ParameterKind.NetworkList:
                return Collection((UngroupedLists.Contains(name) ? PostfixWords.Split(text, PostfixWords.ListSeparators) : MainCfFile.ListItems(text)).Select(String));
            case ParameterKind.Maps:
                // Header and body checks in the configuration directory become table objects of the host.
                return Collection(MainCfFile.ListItems(text).Select(item => (IsContentChecks(name) ? tables?.Regexp(item) : null) ?? Table(item)));
            case ParameterKind.Restrictions:
                return RestrictionCode.Of(MainCfFile.ListItems(text), issues, out problem, ownLists, tables, classes);
            default:
                return String(text);
        }
    }

    private static bool IsContentChecks(string name) => name.EndsWith("header_checks", StringComparison.Ordinal) || name.EndsWith("body_checks", StringComparison.Ordinal);

    /// <summary>A table list item: a reference as a string (an <c>ExternalTable</c>), or an expansion.</summary>
    public static ExpressionSyntax Table(string item) => item.StartsWith('$') ? Expand(item) : String(item);

    /// <summary>
    /// <c>Expansion.Of(ParameterCatalog.X)</c> for a lone <c>$x</c> or <c>${x}</c> of a Postfix parameter,
    /// else <c>Expansion.Parse("...")</c>.
    /// </summary>
    public static ExpressionSyntax Expand(string text)
    {
        var lone = LoneReference().Match(text);
        if (lone.Success && ModelMembers.Parameters.ContainsKey(lone.Groups["name"].Value))
        {
            return Call(Member("Expansion", "Of"), Member("ParameterCatalog", ModelMembers.Parameters[lone.Groups["name"].Value].Property.Name));
        }

        return Call(Member("Expansion", "Parse"), String(text));
    }

    private static ExpressionSyntax? Time(string text)
    {
        var match = TimeValue().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var factory = match.Groups["unit"].Value switch
        {
            "s" => "Seconds",
            "m" => "Minutes",
            "h" => "Hours",
            "d" => "Days",
            "w" => "Weeks",
            _ => "Bare",
        };
        return Call(Member("PostfixTime", factory), Number(value));
    }

    private static Type? LiteralType(Type propertyType)
    {
        var inner = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        return inner.IsGenericType && inner.GetGenericTypeDefinition() == typeof(PostfixValue<>) ? inner.GetGenericArguments()[0] : inner;
    }

    private static ExpressionSyntax? Fail(out string? problem, string reason)
    {
        problem = reason;
        return null;
    }

    [GeneratedRegex(@"^(?<value>\d+)(?<unit>[smhdw]?)$")]
    private static partial Regex TimeValue();

    [GeneratedRegex(@"^\$(\{(?<name>[A-Za-z0-9_]+)\}|(?<name>[A-Za-z0-9_]+))$")]
    private static partial Regex LoneReference();
}
