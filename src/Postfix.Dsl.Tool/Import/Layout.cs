using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Postfix.Dsl.Tool.Import;

/// <summary>
/// The line breaks a person puts where Roslyn's normalizer puts none: a blank line after the
/// namespace, between a class's members, and before each step of a master.cf built from the stock set.
/// </summary>
internal sealed class Layout : CSharpSyntaxRewriter
{
    public override SyntaxNode? VisitFileScopedNamespaceDeclaration(FileScopedNamespaceDeclarationSyntax node)
    {
        var visited = (FileScopedNamespaceDeclarationSyntax)base.VisitFileScopedNamespaceDeclaration(node)!;
        return visited.WithSemicolonToken(visited.SemicolonToken.WithTrailingTrivia(EndOfLine("\n"), EndOfLine("\n")));
    }

    public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
    {
        // MasterCf.Stock.Remove(...).Change(...).Add(...): one step per line, under the MasterCf assignment
        // (always two levels into the host class, so the continuation indent is fixed).
        var visited = (MemberAccessExpressionSyntax)base.VisitMemberAccessExpression(node)!;
        return visited.Name.Identifier.Text is "Remove" or "Change" or "Add" && visited.Expression.ToString().StartsWith("MasterCf.Stock", System.StringComparison.Ordinal)
            ? visited.WithOperatorToken(visited.OperatorToken.WithLeadingTrivia(EndOfLine("\n"), Whitespace("            ")))
            : visited;
    }

    public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node)
    {
        var visited = (ClassDeclarationSyntax)base.VisitClassDeclaration(node)!;
        var members = visited.Members.Select((m, i) => i == 0 ? m : m.WithLeadingTrivia(m.GetLeadingTrivia().Insert(0, EndOfLine("\n"))));
        return visited.WithMembers(List(members));
    }
}
