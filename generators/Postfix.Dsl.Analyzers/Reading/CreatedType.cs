using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>The type that an object creation or <c>with</c> expression produces.</summary>
internal static class CreatedType
{
    /// <summary>
    /// The type info, or else the type whose properties the initializer assigns: Roslyn 4.8 gives a
    /// target-typed <c>new()</c> inside a collection expression (<c>Services = [new() { ... }]</c>) no
    /// type, no symbol and no operation, but still binds its initializer's properties.
    /// </summary>
    public static ITypeSymbol? Of(SyntaxNode node, InitializerExpressionSyntax? initializer, SemanticModel model, CancellationToken cancellation)
    {
        if (model.GetTypeInfo(node, cancellation).Type is { TypeKind: not TypeKind.Error } type)
        {
            return type;
        }

        foreach (var expression in initializer?.Expressions ?? default)
        {
            if (expression is AssignmentExpressionSyntax { Left: var left }
                && model.GetSymbolInfo(left, cancellation).Symbol is IPropertySymbol property)
            {
                return property.ContainingType;
            }
        }

        return null;
    }
}
