using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
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
public sealed class RelayCodeFix : NodeReplacementCodeFix
{
    /// <summary>The fix for OpenRelay.</summary>
    public RelayCodeFix()
        : base(Descriptors.OpenRelay)
    {
    }

    /// <inheritdoc />
    private protected override NodeEdit? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellation)
    {
        if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is not { Initializer: { } initializer })
        {
            return null;
        }

        const string Title = "End SmtpdRelayRestrictions with RejectUnauthDestination";
        var relay = InitializerAssignment.Find(InitializerAssignment.Of(initializer), "SmtpdRelayRestrictions");
        if (relay?.Value is CollectionExpressionSyntax list)
        {
            var qualifier = list.Elements.OfType<ExpressionElementSyntax>().Any(e => e.Expression is MemberAccessExpressionSyntax) ? "Restrictions." : string.Empty;
            var element = SyntaxFactory.ExpressionElement(SyntaxFactory.ParseExpression(qualifier + "RejectUnauthDestination"));
            return new NodeEdit(Title, list, () => list.Elements.Count == 0
                ? list.WithElements(SyntaxFactory.SingletonSeparatedList<CollectionElementSyntax>(element))
                : list.WithElements(list.Elements.Replace(list.Elements.Last(), list.Elements.Last().WithoutTrailingTrivia())
                    .Add(element.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(list.Elements.Last().GetTrailingTrivia()))), nameof(RelayCodeFix));
        }

        return relay is null
            ? new NodeEdit(Title, initializer, () => InitializerEdit.Append(initializer,
                SyntaxFactory.ParseExpression("SmtpdRelayRestrictions = [PermitMynetworks, PermitSaslAuthenticated, RejectUnauthDestination]")), nameof(RelayCodeFix))
            : null;
    }
}
