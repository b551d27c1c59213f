using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// Compiles the literal patterns of a <c>new RegexpTable { Rules = [...] }</c> with the engine Postfix
/// uses for the table's type — the C library's regcomp for regexp:, PCRE2 for pcre: — through the same
/// code as emit-time validation (PFX0308). Where the platform has neither engine, nothing is reported
/// here; emit time and Postfix itself still check.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PatternAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.InvalidPattern, Descriptors.HeaderPatternNeverMatches, Descriptors.OkInContentChecks);


    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ModelNodes.Register(context, Analyze, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);
    }

    private static void Analyze(ModelNodeContext context)
    {
        var creation = (BaseObjectCreationExpressionSyntax)context.Node;
        var type = CreatedType.Of(creation, creation.Initializer, context.SemanticModel, context.CancellationToken);
        if (!ModelTypes.Is(type, "Postfix.Dsl.RegexpMatch") && !ModelTypes.Is(type, "Postfix.Dsl.RegexpAccess") && !ModelTypes.Is(type, "Postfix.Dsl.RegexpIf"))
        {
            return;
        }

        // OK as an action (PFX0319): HeaderAction is only for header and body checks, where OK means DUNNO.
        if (creation.ArgumentList?.Arguments is [_, { Expression: var action }]
            && context.SemanticModel.GetSymbolInfo(action, context.CancellationToken).Symbol is IPropertySymbol { Name: "Ok", ContainingType.Name: "HeaderAction" })
        {
            var rule = creation.ArgumentList.Arguments[0].Expression is { } first && Read(first, context).Text is { } written ? "pattern " + written : "action";
            context.ReportDiagnostic(Findings.Create(Descriptors.OkInContentChecks, action.GetLocation(), rule, "OK", RuleTexts.OkInContentChecks()));
        }

        if (creation.ArgumentList?.Arguments.FirstOrDefault()?.Expression is not { } argument || TableTypeOf(creation, context) is not { } tableType)
        {
            return; // a pattern whose table is not in sight is checked at emit time
        }

        var (text, flags, location) = Read(argument, context);
        if (text is null)
        {
            return;
        }

        if (!IsNegated(argument) && HeaderLinePatterns.NeverMatches(text) is { } reason && IsHeaderTable(creation, context))
        {
            context.ReportDiagnostic(Findings.Create(Descriptors.HeaderPatternNeverMatches, location, "pattern " + text, text, RuleTexts.HeaderPatternNeverMatches(reason)));
        }

        var problem = tableType == "Pcre" ? Pcre2Regex.Problem(text, flags) : PosixRegex.Problem(text, flags);
        if (problem is not null)
        {
            context.ReportDiagnostic(Findings.Create(Descriptors.InvalidPattern, location, "pattern", text, RuleTexts.InvalidPattern(pcre: tableType == "Pcre", problem)));
        }
    }

    /// <summary>The pattern text, the names of the flags set, and where to report: a string literal, or <c>new Pattern("...") { Flags = ... }</c>.</summary>
    private static (string? Text, ICollection<string> Flags, Location Location) Read(ExpressionSyntax argument, ModelNodeContext context)
    {
        var flags = new HashSet<string>();
        if (context.SemanticModel.GetConstantValue(argument, context.CancellationToken) is { HasValue: true, Value: string literal })
        {
            return (literal, flags, argument.GetLocation());
        }

        if (argument is BaseObjectCreationExpressionSyntax pattern
            && pattern.ArgumentList?.Arguments.FirstOrDefault()?.Expression is { } textArgument
            && context.SemanticModel.GetConstantValue(textArgument, context.CancellationToken) is { HasValue: true, Value: string text })
        {
            if (InitializerAssignment.Find(InitializerAssignment.Of(pattern.Initializer), "Flags") is { } assignment)
            {
                foreach (var name in assignment.Value.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                {
                    if (context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol is IFieldSymbol { ContainingType.Name: "PatternFlags" } field)
                    {
                        flags.Add(field.Name);
                    }
                }
            }

            return (text, flags, textArgument.GetLocation());
        }

        return (null, flags, argument.GetLocation());
    }

    private static bool IsNegated(ExpressionSyntax argument) =>
        argument is BaseObjectCreationExpressionSyntax pattern
        && InitializerAssignment.Find(InitializerAssignment.Of(pattern.Initializer), "Negated") is { Value: var value }
        && !value.IsKind(SyntaxKind.FalseLiteralExpression);

    /// <summary>
    /// True when the enclosing <c>new RegexpTable</c> is used as header checks in this file: written
    /// inside a <c>HeaderChecks = [...]</c> (or another header-check property), or held by a property or
    /// field that such a list names. A table used elsewhere, or not in sight, is left to emit time.
    /// </summary>
    private static bool IsHeaderTable(SyntaxNode rule, ModelNodeContext context)
    {
        var table = rule.Ancestors().OfType<BaseObjectCreationExpressionSyntax>()
            .FirstOrDefault(t => ModelTypes.Is(CreatedType.Of(t, t.Initializer, context.SemanticModel, context.CancellationToken), "Postfix.Dsl.RegexpTable"));
        if (table is null)
        {
            return false;
        }

        if (table.Ancestors().OfType<AssignmentExpressionSyntax>().Any(IsHeaderAssignment))
        {
            return true;
        }

        var holder = table.Parent?.Parent switch
        {
            PropertyDeclarationSyntax property => context.SemanticModel.GetDeclaredSymbol(property, context.CancellationToken),
            VariableDeclaratorSyntax variable => context.SemanticModel.GetDeclaredSymbol(variable, context.CancellationToken),
            _ => null,
        };
        if (holder is null)
        {
            return false;
        }

        return table.SyntaxTree.GetRoot(context.CancellationToken).DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .Where(IsHeaderAssignment)
            .SelectMany(a => a.Right.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            .Any(name => name.Identifier.ValueText == holder.Name
                && SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol, holder));
    }

    private static bool IsHeaderAssignment(AssignmentExpressionSyntax assignment) =>
        assignment.Left is IdentifierNameSyntax { Identifier.ValueText: var name } && ContentCheckParameters.Header.Contains(PostfixNames.FromMember(name));

    /// <summary>"Regexp" or "Pcre" from the enclosing <c>new RegexpTable { Type = ... }</c>; null when no table encloses the rule.</summary>
    private static string? TableTypeOf(SyntaxNode rule, ModelNodeContext context)
    {
        foreach (var table in rule.Ancestors().OfType<BaseObjectCreationExpressionSyntax>())
        {
            if (!ModelTypes.Is(CreatedType.Of(table, table.Initializer, context.SemanticModel, context.CancellationToken), "Postfix.Dsl.RegexpTable"))
            {
                continue;
            }

            var type = InitializerAssignment.Find(InitializerAssignment.Of(table.Initializer), "Type");
            return type is null
                ? "Regexp"
                : context.SemanticModel.GetSymbolInfo(type.Value, context.CancellationToken).Symbol is IFieldSymbol { Name: var name } ? name : null;
        }

        return null;
    }
}
