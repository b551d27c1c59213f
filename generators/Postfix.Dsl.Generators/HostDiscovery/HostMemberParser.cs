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
        var declaringType = context.TargetNode.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        // The member's own literals first, then the rest of its type (shared tables, base hosts), so a
        // value written in two places is attributed to the host being built.
        var own = context.TargetNode.Span;
        var literals = declaringType is null
            ? default
            : new EquatableArray<LiteralSpot>(declaringType.DescendantNodes()
                .OfType<LiteralExpressionSyntax>()
                .Where(literal => literal.IsKind(SyntaxKind.StringLiteralExpression))
                .OrderBy(literal => own.Contains(literal.Span) ? 0 : 1)
                .ThenBy(literal => literal.SpanStart)
                .Select(literal =>
                {
                    var start = literal.GetLocation().GetLineSpan().StartLinePosition;
                    return new LiteralSpot(literal.Token.ValueText, start.Line + 1, start.Character + 1);
                }));

        return new HostMember(
            member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            member.Name,
            member is IMethodSymbol ? HostMemberKind.Method : HostMemberKind.PropertyOrField,
            context.TargetNode.SyntaxTree.FilePath,
            name.Line + 1,
            name.Character + 1,
            literals,
            new EquatableArray<string>(HostSuppressions.Read(member)));
    }
}
