using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>PFX0302: <c>ServiceType.Fifo</c> → <c>ServiceType.Unix</c>, <c>"nqmgr"</c> → <c>"qmgr"</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ObsoleteServiceFormCodeFix)), Shared]
public sealed class ObsoleteServiceFormCodeFix : NodeReplacementCodeFix
{
    /// <summary>The fix for ObsoleteServiceForm.</summary>
    public ObsoleteServiceFormCodeFix()
        : base(Descriptors.ObsoleteServiceForm)
    {
    }

    /// <inheritdoc />
    private protected override NodeEdit? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellation)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
        {
            return null;
        }

        ExpressionSyntax? replacement = value switch
        {
            LiteralExpressionSyntax { Token.ValueText: var command } when ObsoleteServiceForms.ModernCommand(command) is { } modern =>
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(modern)),
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Fifo" } access => access.WithName(SyntaxFactory.IdentifierName("Unix")),
            IdentifierNameSyntax { Identifier.ValueText: "Fifo" } => SyntaxFactory.IdentifierName("Unix"),
            _ => null,
        };
        return replacement is null
            ? null
            : new NodeEdit($"Use {replacement}", value, () => replacement.WithTriviaFrom(value), nameof(ObsoleteServiceFormCodeFix));
    }
}
