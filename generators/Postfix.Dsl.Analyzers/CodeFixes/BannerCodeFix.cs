using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>PFX0305: replaces a revealing banner with Postfix's own default, <c>"$myhostname ESMTP $mail_name"</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BannerCodeFix)), Shared]
public sealed class BannerCodeFix : NodeReplacementCodeFix
{
    private const string SafeBanner = "$myhostname ESMTP $mail_name";

    /// <summary>The fix for RevealingBanner.</summary>
    public BannerCodeFix()
        : base(Descriptors.RevealingBanner)
    {
    }

    /// <inheritdoc />
    private protected override NodeEdit? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellation) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
        && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? new NodeEdit($"Use \"{SafeBanner}\"", literal,
                () => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(SafeBanner)).WithTriviaFrom(literal), nameof(BannerCodeFix))
            : null;
}
