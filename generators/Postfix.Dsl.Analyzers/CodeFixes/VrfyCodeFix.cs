using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>PFX0306: <c>DisableVrfyCommand = false</c> → <c>true</c>, or adds <c>DisableVrfyCommand = true</c> to the main.cf initializer.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VrfyCodeFix)), Shared]
public sealed class VrfyCodeFix : NodeReplacementCodeFix
{
    /// <summary>The fix for VrfyEnabled.</summary>
    public VrfyCodeFix()
        : base(Descriptors.VrfyEnabled)
    {
    }

    /// <inheritdoc />
    private protected override NodeEdit? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellation)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.FalseLiteralExpression))
        {
            return new NodeEdit("Set DisableVrfyCommand = true", literal,
                () => SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(literal), nameof(VrfyCodeFix));
        }

        return node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { Initializer: { } initializer }
            ? new NodeEdit("Set DisableVrfyCommand = true", initializer,
                () => InitializerEdit.Append(initializer, SyntaxFactory.ParseExpression("DisableVrfyCommand = true")), nameof(VrfyCodeFix))
            : null;
    }
}
