using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
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
public sealed class ObsoleteParameterCodeFix : NodeReplacementCodeFix
{
    /// <summary>The fix for ObsoleteParameter.</summary>
    public ObsoleteParameterCodeFix()
        : base(Descriptors.ObsoleteParameter)
    {
    }

    /// <inheritdoc />
    private protected override NodeEdit? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellation)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan)?.Parent is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } assignment
            || assignment.Right.Kind() is not (SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression))
        {
            return null;
        }

        var level = left.Identifier.ValueText switch
        {
            "SmtpdUseTls" => "May",
            "SmtpdEnforceTls" => "Encrypt",
            _ => null,
        };
        if (level is null || assignment.Right.IsKind(SyntaxKind.FalseLiteralExpression))
        {
            return null;
        }

        return new NodeEdit($"Use SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.{level}", assignment,
            () => SyntaxFactory.ParseExpression($"SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.{level}").WithTriviaFrom(assignment),
            nameof(ObsoleteParameterCodeFix) + level);
    }
}
