using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>Sets or adds an assignment in an object initializer, in the layout the initializer already has.</summary>
internal static class InitializerEdit
{
    /// <summary>
    /// The edit that sets <paramref name="property"/> to <paramref name="value"/>: the diagnostic's node
    /// replaced when it is that property's value, otherwise <c>property = value</c> appended to the
    /// initializer around it (see <see cref="Append"/>); null when there is no initializer.
    /// </summary>
    public static NodeEdit? SetProperty(SyntaxNode node, string property, string value, string title, string equivalenceKey)
    {
        if (node.Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: var name } } assignment
            && name == property && assignment.Right == node)
        {
            return new NodeEdit(title, node, () => SyntaxFactory.ParseExpression(value).WithTriviaFrom(node), equivalenceKey);
        }

        return node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { Initializer: { } initializer }
            ? new NodeEdit(title, initializer, () => Append(initializer, SyntaxFactory.ParseExpression(property + " = " + value)), equivalenceKey)
            : null;
    }

    /// <summary>
    /// <paramref name="initializer"/> with <paramref name="assignment"/> appended: on its own line with the
    /// same indentation when the initializer is one assignment per line with a trailing comma, otherwise
    /// after <c>", "</c>.
    /// </summary>
    public static InitializerExpressionSyntax Append(InitializerExpressionSyntax initializer, ExpressionSyntax assignment)
    {
        var expressions = initializer.Expressions;
        if (expressions.Count == 0)
        {
            return initializer.WithExpressions(SyntaxFactory.SingletonSeparatedList(assignment.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)))
                .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia())
                .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia());
        }

        var separators = expressions.GetSeparators().ToList();
        var last = expressions[expressions.Count - 1];
        var items = expressions.ToList();
        if (separators.Count == expressions.Count)
        {
            // Trailing comma: one per line. The new line copies the last line's indentation and line end.
            var lineEnd = separators[separators.Count - 1];
            items.Add(assignment.WithLeadingTrivia(last.GetLeadingTrivia()).WithTrailingTrivia());
            separators.Add(lineEnd);
        }
        else
        {
            items[items.Count - 1] = last.WithoutTrailingTrivia();
            items.Add(assignment.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(last.GetTrailingTrivia()));
            separators.Add(SyntaxFactory.Token(SyntaxKind.CommaToken));
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList(items, separators));
    }
}
