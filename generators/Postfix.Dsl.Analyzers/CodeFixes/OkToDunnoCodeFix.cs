using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>PFX0319: <c>HeaderAction.Ok</c> → <c>HeaderAction.Dunno</c>, which is what Postfix does with OK in header and body checks.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(OkToDunnoCodeFix)), Shared]
public sealed class OkToDunnoCodeFix : NodeReplacementCodeFix
{
    /// <summary>The fix for OkInContentChecks.</summary>
    public OkToDunnoCodeFix()
        : base(Descriptors.OkInContentChecks)
    {
    }

    /// <inheritdoc />
    private protected override NodeEdit? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellation)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var name = node switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            SimpleNameSyntax simple => simple,
            _ => null,
        };
        return name is { Identifier.ValueText: "Ok" }
            ? new NodeEdit("Write HeaderAction.Dunno, which is what OK means here", name,
                () => SyntaxFactory.IdentifierName("Dunno").WithTriviaFrom(name), nameof(OkToDunnoCodeFix))
            : null;
    }
}
