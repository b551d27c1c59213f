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
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidPattern);

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
        if (!ModelTypes.Is(type, "Postfix.Dsl.RegexpMatch") && !ModelTypes.Is(type, "Postfix.Dsl.RegexpIf"))
        {
            return;
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
