using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// PFX0300: replaces an obsolete restriction with its modern form, from the shared
/// <c>ObsoleteRestrictions</c> table: <c>CheckRelayDomains</c> → <c>PermitMynetworks, RejectUnauthDestination</c>,
/// <c>RejectMapsRbl</c> → one <c>RejectRblClient("domain")</c> per literal domain of <c>MapsRblDomains</c>,
/// renamed ones → their new name.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ObsoleteRestrictionCodeFix)), Shared]
public sealed class ObsoleteRestrictionCodeFix : NodeReplacementCodeFix
{
    /// <summary>The fix for ObsoleteRestriction.</summary>
    public ObsoleteRestrictionCodeFix()
        : base(Descriptors.ObsoleteRestriction)
    {
    }

    /// <inheritdoc />
    private protected override NodeEdit? Plan(SyntaxNode root, Diagnostic diagnostic, SemanticModel model, CancellationToken cancellation)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan) is not ExpressionElementSyntax element
            || element.Parent is not CollectionExpressionSyntax collection
            || model.GetSymbolInfo(element.Expression, cancellation).Symbol is not { } symbol
            || ObsoleteRestrictions.Find(PostfixNames.FromMember(symbol.Name)) is not { Replacements.Length: > 0 } replacement
            || Replacements(element, replacement, model, cancellation) is not { Count: > 0 } replacements)
        {
            return null;
        }

        var title = $"Use {string.Join(", ", replacements.Select(r => r.ToString()))}";
        return new NodeEdit(title, collection, () =>
        {
            var index = collection.Elements.IndexOf(element);
            var elements = collection.Elements.ToList();
            elements.RemoveAt(index);
            elements.InsertRange(index, replacements.Select((r, i) => (CollectionElementSyntax)SyntaxFactory.ExpressionElement(r)
                .WithLeadingTrivia(i == 0 ? element.GetLeadingTrivia() : SyntaxFactory.TriviaList(SyntaxFactory.Space))
                .WithTrailingTrivia(i == replacements.Count - 1 ? element.GetTrailingTrivia() : SyntaxFactory.TriviaList())));
            return collection.WithElements(SyntaxFactory.SeparatedList(elements, Separators(collection, elements.Count - 1)));
        }, nameof(ObsoleteRestrictionCodeFix) + symbol.Name);
    }

    /// <summary>The expressions that replace <paramref name="element"/>, written like it (qualified or not).</summary>
    private static List<ExpressionSyntax>? Replacements(ExpressionElementSyntax element, ObsoleteRestrictions.Replacement replacement, SemanticModel model, CancellationToken cancellation)
    {
        var qualifier = element.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Expression.ToString() + ".",
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Expression.ToString() + ".",
            _ => string.Empty,
        };

        if (replacement.Name == "reject_maps_rbl")
        {
            var domains = MapsRblDomains(element, model, cancellation);
            return domains?.Select(d => Parse($"{qualifier}RejectRblClient({SyntaxFactory.Literal(d)})")).ToList();
        }

        if (element.Expression is InvocationExpressionSyntax invocation)
        {
            return [Parse($"{qualifier}{PostfixNames.ToMember(replacement.Replacements[0])}{invocation.ArgumentList}")];
        }

        return replacement.Replacements.Select(name => Parse(qualifier + PostfixNames.ToMember(name))).ToList();
    }

    /// <summary>The literal domains of <c>MapsRblDomains</c> in the same initializer, or null when there are none to move.</summary>
    private static List<string>? MapsRblDomains(SyntaxNode element, SemanticModel model, CancellationToken cancellation)
    {
        var initializer = element.Ancestors().OfType<InitializerExpressionSyntax>().FirstOrDefault(i => i.Parent is BaseObjectCreationExpressionSyntax);
        var assignment = InitializerAssignment.Find(InitializerAssignment.Of(initializer), "MapsRblDomains");
        if (assignment?.Value is not CollectionExpressionSyntax list)
        {
            return null;
        }

        var domains = new List<string>();
        foreach (var item in list.Elements)
        {
            if (item is not ExpressionElementSyntax { Expression: var expression }
                || model.GetConstantValue(expression, cancellation) is not { HasValue: true, Value: string domain })
            {
                return null;
            }

            domains.Add(domain);
        }

        return domains.Count > 0 ? domains : null;
    }

    internal static IEnumerable<SyntaxToken> Separators(CollectionExpressionSyntax original, int count)
    {
        var separators = original.Elements.GetSeparators().ToList();
        for (var i = 0; i < count; i++)
        {
            yield return i < separators.Count ? separators[i] : SyntaxFactory.Token(SyntaxKind.CommaToken);
        }
    }

    private static ExpressionSyntax Parse(string text) => SyntaxFactory.ParseExpression(text);
}
