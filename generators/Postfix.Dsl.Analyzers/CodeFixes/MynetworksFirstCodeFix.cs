using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// PFX0304: moves <c>PermitMynetworks</c> just before the first DNS check of its list, with the
/// shared <c>RestrictionOrder.MynetworksFirst</c>; every other restriction keeps its place in order.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MynetworksFirstCodeFix)), Shared]
public sealed class MynetworksFirstCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.DnsCheckBeforeMynetworks.Id);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root?.FindNode(diagnostic.Location.SourceSpan) is not ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection }
            || model is null
            || RestrictionListReader.Read(collection, model, context.CancellationToken) is not { } items
            || RestrictionListReader.NamesIfAllKnown(items) is not { } names)
        {
            return;
        }

        context.RegisterCodeFix(CodeAction.Create("Move PermitMynetworks before the DNS checks", _ =>
        {
            var order = RestrictionOrder.MynetworksFirst(names);
            var elements = collection.Elements;
            // Each position keeps its own whitespace; the elements move between them.
            var moved = order.Select((from, to) => elements[from]
                .WithLeadingTrivia(elements[to].GetLeadingTrivia())
                .WithTrailingTrivia(elements[to].GetTrailingTrivia()));
            var updated = collection.WithElements(SyntaxFactory.SeparatedList(moved, elements.GetSeparators()));
            return Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(collection, updated)));
        }, nameof(MynetworksFirstCodeFix)), diagnostic);
    }
}
