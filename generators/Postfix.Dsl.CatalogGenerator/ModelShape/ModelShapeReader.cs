using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Postfix.Dsl.Generators.Symbols;

namespace Postfix.Dsl.Generators.ModelShape;

/// <summary>
/// Reads the model classes from the compilation with the rules the reflection walk used: public
/// instance properties without parameters, of a reference type, stored (a set or init accessor, or
/// an auto-property's backing field), the type's own before its base types'.
/// </summary>
internal static class ModelShapeReader
{
    // Walked through the settings it holds, not its 831 properties (generated, so not visible here).
    private const string ParametersType = "Parameters";

    public static IReadOnlyList<ModelType> Read(Compilation compilation, CancellationToken token)
    {
        var types = new List<ModelType>();
        foreach (var type in LibraryTypes.All(compilation.Assembly.GlobalNamespace))
        {
            token.ThrowIfCancellationRequested();
            if (type.TypeKind == TypeKind.Class && !type.IsAbstract && !type.IsStatic && !type.IsGenericType
                && LibraryTypes.IsPublic(type) && IsModelSource(type) && type.Name != ParametersType)
            {
                types.Add(new ModelType(type.Name, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), PropertiesOf(type)));
            }
        }

        return types.OrderBy(t => t.FullName, System.StringComparer.Ordinal).ToList();
    }

    // The folder layout is the architecture: the model is what lives under Model/.
    private static bool IsModelSource(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Any(r => r.SyntaxTree.FilePath.Replace('\\', '/').Contains("/Model/"));

    private static IReadOnlyList<ModelProperty> PropertiesOf(INamedTypeSymbol type)
    {
        var properties = new List<ModelProperty>();
        var seen = new HashSet<string>();
        for (var scope = type; scope is not null && scope.SpecialType != SpecialType.System_Object; scope = scope.BaseType)
        {
            foreach (var property in scope.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public
                    || property.Type.IsValueType || !seen.Add(property.Name) || !IsStored(property))
                {
                    continue;
                }

                properties.Add(new ModelProperty(
                    property.Name,
                    property.Type.NullableAnnotation == NullableAnnotation.NotAnnotated && !HasMaybeNull(property),
                    property.Type.SpecialType == SpecialType.System_String));
            }
        }

        return properties;
    }

    private static bool HasMaybeNull(IPropertySymbol property) =>
        property.GetAttributes().Concat(property.GetMethod?.GetReturnTypeAttributes() ?? Enumerable.Empty<AttributeData>())
            .Any(a => a.AttributeClass?.Name == "MaybeNullAttribute");

    /// <summary>A set or init accessor, or an auto-property (a backing field), as reflection tells them apart.</summary>
    private static bool IsStored(IPropertySymbol property) =>
        property.SetMethod is not null
        || property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { AccessorList: { } accessors }
            && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null));
}
