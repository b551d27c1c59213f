using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Postfix.Dsl.Generators.Symbols;

namespace Postfix.Dsl.Generators.EnumText;

/// <summary>
/// Reads every public enum of the library with the rule <c>EnumText</c> applies by reflection: a
/// member's <c>[PostfixValue]</c> text, else its name in lower case. An enum with two members of the
/// same value is left out: which name <c>Enum.ToString</c> gives for it is unspecified, so only the
/// reflection path can answer exactly as before.
/// </summary>
internal static class EnumTextReader
{
    private const string AttributeName = "PostfixValueAttribute";

    public static IReadOnlyList<EnumSpelling> Read(Compilation compilation, CancellationToken token)
    {
        var enums = new List<EnumSpelling>();
        foreach (var type in LibraryTypes.All(compilation.Assembly.GlobalNamespace))
        {
            token.ThrowIfCancellationRequested();
            if (type.TypeKind != TypeKind.Enum || !LibraryTypes.IsPublic(type))
            {
                continue;
            }

            var fields = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToList();
            if (fields.Select(f => f.ConstantValue).Distinct().Count() != fields.Count)
            {
                continue;
            }

            enums.Add(new EnumSpelling(
                type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                fields.Select(f => new EnumMemberText(f.Name, TextOf(f), IsObsolete(f) ? ValueOf(f) : null)).ToList()));
        }

        return enums.OrderBy(e => e.FullName, System.StringComparer.Ordinal).ToList();
    }

    private static bool IsObsolete(IFieldSymbol field) =>
        field.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.ObsoleteAttribute");

    private static string ValueOf(IFieldSymbol field) =>
        System.Convert.ToString(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture)!;

    private static string TextOf(IFieldSymbol field) =>
        field.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == AttributeName
                && a.AttributeClass.ContainingNamespace.ToDisplayString() == "Postfix.Dsl")
            ?.ConstructorArguments.FirstOrDefault().Value as string
        ?? field.Name.ToLowerInvariant();
}
