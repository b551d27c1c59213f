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
        private HashSet<string>? _declaredNames;

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
        // Only the name is bound, speculatively. Two things keep that cheap:
        // - Most names a host reads are the library's (PermitMynetworks, CompatibilityLevel.Level3_6). A
        //   member this file declares has its name among the file's declared names; any other name is
        //   skipped unbound.
        // - The name is bound at its member's own name, outside the member's body. Bound inside it, with
        //   nullable enabled, the model first binds and flow-analyses the whole member, a host's entire
        //   initializer, which the compiler then binds again to emit it: more than half of the generator's time.
        //   Outside the body the same lookup sees the same type members; only the member's own locals,
        //   parameters and range variables could shadow them, so a name the member declares is bound where
        //   it is read, as before.
        private void Follow(ExpressionSyntax reference, string path, int depth)
        {
            var name = reference switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                _ => null,
            };
            if (depth >= MaxDepth
                || name is null
                || !DeclaredNames().Contains(name)
                || model.GetSpeculativeSymbolInfo(BindingPosition(reference, name), reference, SpeculativeBindingOption.BindAsExpression).Symbol
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

        /// <summary>
        /// Where to bind <paramref name="name"/>, read at <paramref name="reference"/>: at the name of the
        /// property, field or method it is read in, unless that member declares a local of the same name.
        /// </summary>
        private int BindingPosition(ExpressionSyntax reference, string name)
        {
            var member = reference.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            var position = member switch
            {
                PropertyDeclarationSyntax property => property.Identifier.SpanStart,
                MethodDeclarationSyntax method => method.Identifier.SpanStart,
                BaseFieldDeclarationSyntax field => field.Declaration.Variables.FirstOrDefault(v => v.Span.Contains(reference.Span))?.Identifier.SpanStart,
                _ => null,
            };

            return position is { } outside && !DeclaresLocal(member!, name) ? outside : reference.SpanStart;
        }

        /// <summary>Whether <paramref name="member"/> declares a local, parameter, pattern or range variable named <paramref name="name"/>.</summary>
        private static bool DeclaresLocal(SyntaxNode member, string name) =>
            member.DescendantNodes().Any(node => node switch
            {
                VariableDeclaratorSyntax variable => variable.Identifier.ValueText == name,
                ParameterSyntax parameter => parameter.Identifier.ValueText == name,
                SingleVariableDesignationSyntax designation => designation.Identifier.ValueText == name,
                ForEachStatementSyntax loop => loop.Identifier.ValueText == name,
                CatchDeclarationSyntax exception => exception.Identifier.ValueText == name,
                LocalFunctionStatementSyntax function => function.Identifier.ValueText == name,
                FromClauseSyntax from => from.Identifier.ValueText == name,
                LetClauseSyntax let => let.Identifier.ValueText == name,
                JoinClauseSyntax join => join.Identifier.ValueText == name,
                JoinIntoClauseSyntax into => into.Identifier.ValueText == name,
                QueryContinuationSyntax continuation => continuation.Identifier.ValueText == name,
                _ => false,
            });

        /// <summary>The names of the properties and fields this file declares, static or not (a superset is enough).</summary>
        private HashSet<string> DeclaredNames()
        {
            if (_declaredNames is null)
            {
                _declaredNames = new HashSet<string>(System.StringComparer.Ordinal);
                foreach (var node in model.SyntaxTree.GetRoot(token).DescendantNodes(static n => n is not (BlockSyntax or ExpressionSyntax or ArrowExpressionClauseSyntax or AccessorListSyntax)))
                {
                    switch (node)
                    {
                        case PropertyDeclarationSyntax property:
                            _declaredNames.Add(property.Identifier.ValueText);
                            break;
                        case BaseFieldDeclarationSyntax field:
                            foreach (var variable in field.Declaration.Variables)
                            {
                                _declaredNames.Add(variable.Identifier.ValueText);
                            }

                            break;
                    }
                }
            }

            return _declaredNames;
        }

        private void Add(string path, string? value, SyntaxNode node)
        {
            var start = node.GetLocation().GetLineSpan().StartLinePosition;
            spots.Add(new ValueSpot(path, value, start.Line + 1, start.Character + 1));
        }
    }
}
