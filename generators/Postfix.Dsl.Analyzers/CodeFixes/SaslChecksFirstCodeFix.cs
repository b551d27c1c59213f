using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// PFX0318: moves the login checks just before <c>PermitSaslAuthenticated</c>, with the shared
/// <c>SaslRestrictionOrder.SaslChecksFirst</c>; every other restriction keeps its place in order.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SaslChecksFirstCodeFix)), Shared]
public sealed class SaslChecksFirstCodeFix : NodeReplacementCodeFix
{
    /// <summary>The fix for SaslCheckAfterPermit.</summary>
    public SaslChecksFirstCodeFix()
        : base(Descriptors.SaslCheckAfterPermit)
    {
    }

    /// <inheritdoc />
    private protected override NodeEdit? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellation)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan) is not ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection }
            || RestrictionListReader.Read(collection, model, cancellation) is not { } items
            || RestrictionListReader.NamesIfAllKnown(items) is not { } names)
        {
            return null;
        }

        return new NodeEdit("Move the login checks before PermitSaslAuthenticated", collection, () =>
        {
            var order = SaslRestrictionOrder.SaslChecksFirst(names);
            var elements = collection.Elements;
            // Each position keeps its own whitespace; the elements move between them.
            var moved = order.Select((from, to) => elements[from]
                .WithLeadingTrivia(elements[to].GetLeadingTrivia())
                .WithTrailingTrivia(elements[to].GetTrailingTrivia()));
            return collection.WithElements(SyntaxFactory.SeparatedList(moved, elements.GetSeparators()));
        }, nameof(SaslChecksFirstCodeFix));
    }
}
