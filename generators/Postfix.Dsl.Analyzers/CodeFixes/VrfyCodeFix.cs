using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

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
    private protected override NodeEdit? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellation) =>
        InitializerEdit.SetProperty(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true),
            "DisableVrfyCommand", "true", "Set DisableVrfyCommand = true", nameof(VrfyCodeFix));
}
