using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>Reads the constant strings of a collection expression such as <c>["192.168.0.0/24", "127.0.0.0/8"]</c>.</summary>
internal static class StringListReader
{
    /// <summary>Each constant string element with its expression; other elements are skipped.</summary>
    public static List<(string Text, ExpressionSyntax Syntax)> Constants(ExpressionSyntax value, SemanticModel model, System.Threading.CancellationToken cancellation)
    {
        var items = new List<(string, ExpressionSyntax)>();
        if (value is CollectionExpressionSyntax collection)
        {
            foreach (var element in collection.Elements)
            {
                if (element is ExpressionElementSyntax { Expression: var expression }
                    && model.GetConstantValue(expression, cancellation) is { HasValue: true, Value: string text })
                {
                    items.Add((text, expression));
                }
            }
        }

        return items;
    }
}
