using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// PFX0024 in the editor: a key written twice in the literal <c>Entries</c> of a
/// <c>new AccessTable { ... }</c> or <c>new TransportTable { ... }</c>, found by the same code as
/// emit-time validation. A key is its factory and its literal (<c>AccessKey.Domain("spam.com")</c>);
/// entries whose key is not a literal are left to emit time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TableKeyAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DuplicateTableKey);

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
        if (!ModelTypes.Is(type, "Postfix.Dsl.AccessTable") && !ModelTypes.Is(type, "Postfix.Dsl.TransportTable")
            || InitializerAssignment.Find(InitializerAssignment.Of(creation.Initializer), "Entries") is not { Value: CollectionExpressionSyntax entries })
        {
            return;
        }

        // Each readable key with its entry's position, so the finding names the same entry as at emit time.
        var keys = new List<(string Key, string Shown, int Entry, ExpressionSyntax Syntax)>();
        for (var position = 0; position < entries.Elements.Count; position++)
        {
            if (entries.Elements[position] is ExpressionElementSyntax { Expression: BaseObjectCreationExpressionSyntax entry }
                && entry.ArgumentList?.Arguments.FirstOrDefault()?.Expression is { } key
                && Read(key, context) is { } read)
            {
                keys.Add((read.Key, read.Shown, position, key));
            }
        }

        foreach (var (index, first) in DuplicateKeys.Find(keys.Select(k => k.Key).ToList()))
        {
            context.ReportDiagnostic(Findings.Create(Descriptors.DuplicateTableKey, keys[index].Syntax.GetLocation(),
                RuleTexts.Entry(keys[index].Entry), keys[index].Shown, RuleTexts.DuplicateTableKey(keys[first].Entry)));
        }
    }

    /// <summary>
    /// The key to compare (<c>Domain:spam.com</c> for <c>AccessKey.Domain("spam.com")</c>, <c>NullSender</c>
    /// for <c>AccessKey.NullSender</c>) and the text to show (the literal, or the constant's name); null otherwise.
    /// </summary>
    private static (string Key, string Shown)? Read(ExpressionSyntax key, ModelNodeContext context)
    {
        switch (context.SemanticModel.GetSymbolInfo(key, context.CancellationToken).Symbol)
        {
            case IMethodSymbol { ContainingType.Name: "AccessKey" or "TransportKey", Parameters.Length: 1 } factory
                when key is InvocationExpressionSyntax { ArgumentList.Arguments: [var argument] }
                && context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken) is { HasValue: true, Value: string literal }:
                return (factory.Name + ":" + literal, literal);
            case IPropertySymbol { ContainingType.Name: "AccessKey" or "TransportKey", IsStatic: true } constant:
                return (constant.Name, constant.Name);
            default:
                return null;
        }
    }
}
