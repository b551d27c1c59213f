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
/// PFX0006: ends <c>SmtpdRelayRestrictions</c> with <c>RejectUnauthDestination</c>, or, when the host sets
/// none, adds <c>SmtpdRelayRestrictions = [PermitMynetworks, PermitSaslAuthenticated, RejectUnauthDestination]</c>
/// (Postfix's modern default, with reject instead of defer).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RelayCodeFix)), Shared]
public sealed class RelayCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.OpenRelay.Id);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is not { Initializer: { } initializer })
        {
            return;
        }

        var relay = InitializerAssignment.Find(InitializerAssignment.Of(initializer), "SmtpdRelayRestrictions");
        SyntaxNode original, replacement;
        if (relay?.Value is CollectionExpressionSyntax list)
        {
            var qualifier = list.Elements.OfType<ExpressionElementSyntax>().Any(e => e.Expression is MemberAccessExpressionSyntax) ? "Restrictions." : string.Empty;
            var element = SyntaxFactory.ExpressionElement(SyntaxFactory.ParseExpression(qualifier + "RejectUnauthDestination"));
            original = list;
            replacement = list.Elements.Count == 0
                ? list.WithElements(SyntaxFactory.SingletonSeparatedList<CollectionElementSyntax>(element))
                : list.WithElements(list.Elements.Replace(list.Elements.Last(), list.Elements.Last().WithoutTrailingTrivia())
                    .Add(element.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(list.Elements.Last().GetTrailingTrivia())));
        }
        else if (relay is null)
        {
            original = initializer;
            replacement = InitializerEdit.Append(initializer,
                SyntaxFactory.ParseExpression("SmtpdRelayRestrictions = [PermitMynetworks, PermitSaslAuthenticated, RejectUnauthDestination]"));
        }
        else
        {
            return;
        }

        context.RegisterCodeFix(CodeAction.Create("End SmtpdRelayRestrictions with RejectUnauthDestination",
            _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(original, replacement))), nameof(RelayCodeFix)), diagnostic);
    }
}
