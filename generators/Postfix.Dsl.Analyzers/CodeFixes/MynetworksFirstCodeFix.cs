using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// PFX0304: moves <c>PermitMynetworks</c> just before the first DNS check of its list, with the
/// shared <c>RestrictionOrder.MynetworksFirst</c>; every other restriction keeps its place in order.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MynetworksFirstCodeFix)), Shared]
public sealed class MynetworksFirstCodeFix : RestrictionReorderCodeFix
{
    /// <summary>The fix for DnsCheckBeforeMynetworks.</summary>
    public MynetworksFirstCodeFix()
        : base(Descriptors.DnsCheckBeforeMynetworks, "Move PermitMynetworks before the DNS checks", RestrictionOrder.MynetworksFirst)
    {
    }
}
