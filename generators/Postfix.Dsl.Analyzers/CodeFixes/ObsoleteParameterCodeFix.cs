using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// PFX0301: <c>SmtpdUseTls = true</c> → <c>SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May</c>,
/// <c>SmtpdEnforceTls = true</c> → <c>SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt</c>
/// (the catalog's replacements). A <c>false</c> switch is Postfix's default and is simply removed.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ObsoleteParameterCodeFix)), Shared]
public sealed class ObsoleteParameterCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.ObsoleteParameter.Id);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root?.FindNode(diagnostic.Location.SourceSpan)?.Parent is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } assignment
            || assignment.Right.Kind() is not (SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression))
        {
            return;
        }

        var level = left.Identifier.ValueText switch
        {
            "SmtpdUseTls" => "May",
            "SmtpdEnforceTls" => "Encrypt",
            _ => null,
        };
        if (level is null || assignment.Right.IsKind(SyntaxKind.FalseLiteralExpression))
        {
            return;
        }

        var replacement = SyntaxFactory.ParseExpression($"SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.{level}").WithTriviaFrom(assignment);
        context.RegisterCodeFix(CodeAction.Create($"Use SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.{level}",
            _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(assignment, replacement))),
            nameof(ObsoleteParameterCodeFix) + level), diagnostic);
    }
}
