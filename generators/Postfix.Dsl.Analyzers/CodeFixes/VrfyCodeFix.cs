using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>PFX0306: <c>DisableVrfyCommand = false</c> → <c>true</c>, or adds <c>DisableVrfyCommand = true</c> to the main.cf initializer.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VrfyCodeFix)), Shared]
public sealed class VrfyCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.VrfyEnabled.Id);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        var node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        SyntaxNode? original = null, replacement = null;
        if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.FalseLiteralExpression))
        {
            original = literal;
            replacement = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(literal);
        }
        else if (node?.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { Initializer: { } initializer })
        {
            original = initializer;
            replacement = InitializerEdit.Append(initializer, SyntaxFactory.ParseExpression("DisableVrfyCommand = true"));
        }

        if (root is null || original is null || replacement is null)
        {
            return;
        }

        context.RegisterCodeFix(CodeAction.Create("Set DisableVrfyCommand = true",
            _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(original, replacement))), nameof(VrfyCodeFix)), diagnostic);
    }
}
