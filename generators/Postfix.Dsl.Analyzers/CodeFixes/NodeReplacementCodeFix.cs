using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// What every code fix here shares: one diagnostic ID, and one node of the document replaced by
/// another. A fix only says which node and what replaces it (<see cref="Plan"/>).
/// </summary>
public abstract class NodeReplacementCodeFix : CodeFixProvider
{
    /// <summary>A fix for <paramref name="descriptor"/>'s diagnostics.</summary>
    protected NodeReplacementCodeFix(DiagnosticDescriptor descriptor) => FixableDiagnosticIds = ImmutableArray.Create(descriptor.Id);

    /// <inheritdoc />
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    /// <inheritdoc />
    /// <remarks>Fix All (document, project, solution) batches the single fixes: each only replaces its own node.</remarks>
    public sealed override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root is null || model is null || Plan(root, diagnostic, model, context.CancellationToken) is not { } edit)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(edit.Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(edit.Original, edit.Replacement()))), edit.EquivalenceKey),
            diagnostic);
    }

    /// <summary>The edit that fixes <paramref name="diagnostic"/>, or null when the code is not in a form the fix understands.</summary>
    private protected abstract NodeEdit? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellation);
}

/// <summary>One node replaced by another, with the code action's title and equivalence key.</summary>
internal sealed class NodeEdit(string title, SyntaxNode original, Func<SyntaxNode> replacement, string equivalenceKey)
{
    public string Title { get; } = title;

    public SyntaxNode Original { get; } = original;

    public Func<SyntaxNode> Replacement { get; } = replacement;

    public string EquivalenceKey { get; } = equivalenceKey;
}
