using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// Reads a restriction list written as a collection expression (<c>[PermitMynetworks, RejectRblClient("zen.spamhaus.org")]</c>,
/// with or without <c>Restrictions.</c>) into Postfix names. Roslyn 4.8 has no IOperation for collection
/// expressions, so this reads the syntax and asks the semantic model which member each element is.
/// </summary>
internal static class RestrictionListReader
{
    /// <summary>The items of <paramref name="value"/>, or null when it is not a collection expression.</summary>
    public static List<RestrictionItem>? Read(ExpressionSyntax value, SemanticModel model, System.Threading.CancellationToken cancellation)
    {
        if (value is not CollectionExpressionSyntax collection)
        {
            return null;
        }

        var items = new List<RestrictionItem>();
        foreach (var element in collection.Elements)
        {
            items.Add(element is ExpressionElementSyntax { Expression: var expression }
                ? ReadElement(expression, element, model, cancellation)
                : new RestrictionItem(null, null, null, element));
        }

        return items;
    }

    /// <summary>The Postfix names of <paramref name="items"/>, or null when one of them is not statically known.</summary>
    public static List<string>? NamesIfAllKnown(List<RestrictionItem> items)
    {
        var names = new List<string>();
        foreach (var item in items)
        {
            if (item.Name is null)
            {
                return null;
            }

            names.Add(item.Name);
        }

        return names;
    }

    private static RestrictionItem ReadElement(ExpressionSyntax expression, CollectionElementSyntax element, SemanticModel model, System.Threading.CancellationToken cancellation)
    {
        var symbol = model.GetSymbolInfo(expression, cancellation).Symbol;
        if (symbol is null || !ModelTypes.Is(symbol.ContainingType, ModelTypes.Restrictions))
        {
            return new RestrictionItem(null, null, null, element);
        }

        string? argument = null;
        if (expression is InvocationExpressionSyntax { ArgumentList.Arguments: [var first] }
            && model.GetConstantValue(first.Expression, cancellation) is { HasValue: true, Value: string text })
        {
            argument = text;
        }

        return new RestrictionItem(PostfixNames.FromMember(symbol.Name), symbol.Name, argument, element);
    }
}
