using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>PFX0307: <c>Chroot = true</c> → <c>Chroot = false</c> on a daemon that cannot run chrooted.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ChrootCodeFix)), Shared]
public sealed class ChrootCodeFix : NodeReplacementCodeFix
{
    /// <summary>The fix for ChrootNotSupported.</summary>
    public ChrootCodeFix()
        : base(Descriptors.ChrootNotSupported)
    {
    }

    /// <inheritdoc />
    private protected override NodeEdit? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellation) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
        && literal.IsKind(SyntaxKind.TrueLiteralExpression)
            ? new NodeEdit("Set Chroot = false", literal,
                () => SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression).WithTriviaFrom(literal), nameof(ChrootCodeFix))
            : null;
}
