using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>PFX0316: <c>SmtpDnsSupportLevel = ...</c> → <c>DnsSupportLevel.Dnssec</c>, or adds that assignment to the main.cf initializer.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DnssecCodeFix)), Shared]
public sealed class DnssecCodeFix : NodeReplacementCodeFix
{
    /// <summary>The fix for DaneWithoutDnssec.</summary>
    public DnssecCodeFix()
        : base(Descriptors.DaneWithoutDnssec)
    {
    }

    /// <inheritdoc />
    private protected override NodeEdit? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellation)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node.Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "SmtpDnsSupportLevel" } } assignment && assignment.Right == node)
        {
            return new NodeEdit("Set SmtpDnsSupportLevel = DnsSupportLevel.Dnssec", node,
                () => SyntaxFactory.ParseExpression("DnsSupportLevel.Dnssec").WithTriviaFrom(node), nameof(DnssecCodeFix));
        }

        return node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { Initializer: { } initializer }
            ? new NodeEdit("Set SmtpDnsSupportLevel = DnsSupportLevel.Dnssec", initializer,
                () => InitializerEdit.Append(initializer, SyntaxFactory.ParseExpression("SmtpDnsSupportLevel = DnsSupportLevel.Dnssec")), nameof(DnssecCodeFix))
            : null;
    }
}
