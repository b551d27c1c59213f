using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Generators.HostDiscovery;

/// <summary>
/// Records, for one <c>[PostfixHost]</c> member, where each value of the host is set: the model
/// path of every initializer assignment (through object initializers, <c>with</c> expressions,
/// collection expressions and calls such as <c>RejectRblClient("...")</c>) and every string literal
/// under it. A static property or field of the same file that the definition reads
/// (<c>MainCf = Shared.Main</c>) is followed, so its literals get the path they end up at. Only
/// these values are compiled into the registry, not every literal of the type.
/// </summary>
internal static class ValueSpotWalker
{
    private const int MaxDepth = 8;

    public static List<ValueSpot> Walk(SyntaxNode member, SemanticModel model, CancellationToken token)
    {
        var spots = new List<ValueSpot>();
        var walker = new State(model, spots, token);
        foreach (var value in ValuesOf(member))
        {
            walker.Walk(value, string.Empty, 0);
        }

        return spots;
    }

    /// <summary>The expressions a property, field or method gives its value from.</summary>
    private static IEnumerable<ExpressionSyntax> ValuesOf(SyntaxNode declaration) => declaration switch
    {
        PropertyDeclarationSyntax property => Returned(property.ExpressionBody, property.Initializer?.Value,
            property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)) is { } getter
                ? Returned(getter.ExpressionBody, null, getter.Body) : Enumerable.Empty<ExpressionSyntax>()),
        VariableDeclaratorSyntax field => field.Initializer is { } initializer ? new[] { initializer.Value } : Enumerable.Empty<ExpressionSyntax>(),
        MethodDeclarationSyntax method => Returned(method.ExpressionBody, null, method.Body),
        _ => Enumerable.Empty<ExpressionSyntax>(),
    };

    private static IEnumerable<ExpressionSyntax> Returned(ArrowExpressionClauseSyntax? arrow, ExpressionSyntax? initializer, IEnumerable<ExpressionSyntax> more)
    {
        if (arrow is not null)
        {
            yield return arrow.Expression;
        }

        if (initializer is not null)
        {
            yield return initializer;
        }

        foreach (var expression in more)
        {
            yield return expression;
        }
    }

    private static IEnumerable<ExpressionSyntax> Returned(ArrowExpressionClauseSyntax? arrow, ExpressionSyntax? initializer, BlockSyntax? body) =>
        Returned(arrow, initializer, body?.DescendantNodes().OfType<ReturnStatementSyntax>().Select(r => r.Expression).OfType<ExpressionSyntax>()
            ?? Enumerable.Empty<ExpressionSyntax>());

    private sealed class State(SemanticModel model, List<ValueSpot> spots, CancellationToken token)
    {
        private readonly HashSet<SyntaxNode> _followed = [];

        public void Walk(ExpressionSyntax expression, string path, int depth)
        {
            token.ThrowIfCancellationRequested();
            switch (expression)
            {
                case BaseObjectCreationExpressionSyntax creation:
                    foreach (var argument in creation.ArgumentList?.Arguments ?? default)
                    {
                        Walk(argument.Expression, path, depth);
                    }

                    Members(creation.Initializer, path, depth);
                    break;
                case WithExpressionSyntax with:
                    Walk(with.Expression, path, depth);
                    Members(with.Initializer, path, depth);
                    break;
                case CollectionExpressionSyntax collection:
                    foreach (var element in collection.Elements.OfType<ExpressionElementSyntax>())
                    {
                        Walk(element.Expression, path, depth);
                    }

                    break;
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    Add(path, literal.Token.ValueText, literal);
                    break;
                case InvocationExpressionSyntax invocation:
                    foreach (var argument in invocation.ArgumentList.Arguments)
                    {
                        Walk(argument.Expression, path, depth);
                    }

                    break;
                case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                    Follow(expression, path, depth);
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    Walk(parenthesized.Expression, path, depth);
                    break;
                case ConditionalExpressionSyntax conditional:
                    Walk(conditional.WhenTrue, path, depth);
                    Walk(conditional.WhenFalse, path, depth);
                    break;
                default:
                    foreach (var literal in expression.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
                    {
                        Add(path, literal.Token.ValueText, literal);
                    }

                    break;
            }
        }

        private void Members(InitializerExpressionSyntax? initializer, string path, int depth)
        {
            foreach (var expression in initializer?.Expressions ?? default)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment)
                {
                    var member = path.Length == 0 ? name.Identifier.ValueText : path + "." + name.Identifier.ValueText;
                    Add(member, null, assignment.Right);
                    Walk(assignment.Right, member, depth);
                }
                else
                {
                    Walk(expression, path, depth); // a collection initializer's element
                }
            }
        }

        // A static property or field of this file: its literals take the path of the place that reads it.
        // The name alone is bound (speculatively, at its position): asking the model for its symbol
        // binds the whole member it sits in, a host's entire initializer, which the compiler then
        // binds again to emit it. In a build without the compiler server that doubled its binding.
        private void Follow(ExpressionSyntax reference, string path, int depth)
        {
            if (depth >= MaxDepth
                || model.GetSpeculativeSymbolInfo(reference.SpanStart, reference, SpeculativeBindingOption.BindAsExpression).Symbol
                    is not ({ IsStatic: true } and (IPropertySymbol or IFieldSymbol) and var symbol))
            {
                return;
            }

            foreach (var declaration in symbol.DeclaringSyntaxReferences.Where(r => r.SyntaxTree == model.SyntaxTree).Select(r => r.GetSyntax(token)))
            {
                if (_followed.Add(declaration))
                {
                    foreach (var value in ValuesOf(declaration))
                    {
                        Walk(value, path, depth + 1);
                    }

                    _followed.Remove(declaration);
                }
            }
        }

        private void Add(string path, string? value, SyntaxNode node)
        {
            var start = node.GetLocation().GetLineSpan().StartLinePosition;
            spots.Add(new ValueSpot(path, value, start.Line + 1, start.Character + 1));
        }
    }
}
