using System.Composition;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

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
    private protected override NodeEdit? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellation) =>
        InitializerEdit.SetProperty(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true),
            "SmtpDnsSupportLevel", "DnsSupportLevel.Dnssec", "Set SmtpDnsSupportLevel = DnsSupportLevel.Dnssec", nameof(DnssecCodeFix));
}
