using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>PFX0302: <c>ServiceType.Fifo</c> → <c>ServiceType.Unix</c>, <c>"nqmgr"</c> → <c>"qmgr"</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ObsoleteServiceFormCodeFix)), Shared]
public sealed class ObsoleteServiceFormCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.ObsoleteServiceForm.Id);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
        {
            return;
        }

        ExpressionSyntax? replacement = value switch
        {
            LiteralExpressionSyntax { Token.ValueText: var command } when ObsoleteServiceForms.ModernCommand(command) is { } modern =>
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(modern)),
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Fifo" } access => access.WithName(SyntaxFactory.IdentifierName("Unix")),
            IdentifierNameSyntax { Identifier.ValueText: "Fifo" } => SyntaxFactory.IdentifierName("Unix"),
            _ => null,
        };
        if (replacement is null)
        {
            return;
        }

        context.RegisterCodeFix(CodeAction.Create($"Use {replacement}",
            _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(value, replacement.WithTriviaFrom(value)))),
            nameof(ObsoleteServiceFormCodeFix)), diagnostic);
    }
}
