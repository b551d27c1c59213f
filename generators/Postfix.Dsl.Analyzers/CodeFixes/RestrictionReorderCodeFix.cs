using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// A fix that reorders the restriction list a diagnostic is in, with an order computed by a shared
/// predicate from the Postfix names (a list of the original indexes). Each position keeps its own
/// whitespace; the elements move between them.
/// </summary>
public abstract class RestrictionReorderCodeFix : NodeReplacementCodeFix
{
    private readonly string _title;
    private readonly Func<IReadOnlyList<string>, IReadOnlyList<int>> _order;

    private protected RestrictionReorderCodeFix(DiagnosticDescriptor descriptor, string title, Func<IReadOnlyList<string>, IReadOnlyList<int>> order)
        : base(descriptor)
    {
        _title = title;
        _order = order;
    }

    /// <inheritdoc />
    private protected sealed override NodeEdit? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellation)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan) is not ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection }
            || RestrictionListReader.Read(collection, model, cancellation) is not { } items
            || RestrictionListReader.NamesIfAllKnown(items) is not { } names)
        {
            return null;
        }

        return new NodeEdit(_title, collection, () =>
        {
            var order = _order(names);
            var elements = collection.Elements;
            var moved = order.Select((from, to) => elements[from]
                .WithLeadingTrivia(elements[to].GetLeadingTrivia())
                .WithTrailingTrivia(elements[to].GetTrailingTrivia()));
            return collection.WithElements(SyntaxFactory.SeparatedList(moved, elements.GetSeparators()));
        }, GetType().Name);
    }
}
