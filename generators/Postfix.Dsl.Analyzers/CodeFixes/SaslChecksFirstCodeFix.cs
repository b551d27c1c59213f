using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// PFX0318: moves the login checks just before <c>PermitSaslAuthenticated</c>, with the shared
/// <c>SaslRestrictionOrder.SaslChecksFirst</c>; every other restriction keeps its place in order.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SaslChecksFirstCodeFix)), Shared]
public sealed class SaslChecksFirstCodeFix : RestrictionReorderCodeFix
{
    /// <summary>The fix for SaslCheckAfterPermit.</summary>
    public SaslChecksFirstCodeFix()
        : base(Descriptors.SaslCheckAfterPermit, "Move the login checks before PermitSaslAuthenticated", SaslRestrictionOrder.SaslChecksFirst)
    {
    }
}
