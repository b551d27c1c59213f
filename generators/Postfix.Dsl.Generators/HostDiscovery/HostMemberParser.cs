using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Postfix.Dsl.Generators.Common;

namespace Postfix.Dsl.Generators.HostDiscovery;

/// <summary>
/// Turns a <c>[PostfixHost]</c> member into its equatable model; symbols and syntax stop here.
/// Ill-formed members give null: the analyzer reports them, the registry leaves them out.
/// </summary>
internal static class HostMemberParser
{
    public static HostMember? Parse(GeneratorAttributeSyntaxContext context, CancellationToken token)
    {
        var member = context.TargetSymbol;
        if (!member.IsStatic || HostMemberShape.Problem(member) is not null)
        {
            return null;
        }

        token.ThrowIfCancellationRequested();
        var name = member.Locations.FirstOrDefault(l => l.IsInSource)?.GetLineSpan().StartLinePosition ?? default;
        var values = new EquatableArray<ValueSpot>(ValueSpotWalker.Walk(context.TargetNode, context.SemanticModel, token));

        return new HostMember(
            member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            member.Name,
            member is IMethodSymbol ? HostMemberKind.Method : HostMemberKind.PropertyOrField,
            context.TargetNode.SyntaxTree.FilePath,
            name.Line + 1,
            name.Character + 1,
            values,
            new EquatableArray<string>(HostSuppressions.Read(member)));
    }
}
