using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// PFX0329 in the editor: <c>new Secret("...")</c> with a literal that looks like a password rather than
/// the secret's name, judged by the same predicate as emit-time validation. The literal is where the
/// error goes, so the password is noticed before it is committed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SecretNameLooksLikePassword);

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
        if (creation.ArgumentList?.Arguments is not [{ Expression: var argument }]
            || !ModelTypes.Is(CreatedType.Of(creation, creation.Initializer, context.SemanticModel, context.CancellationToken), "Postfix.Dsl.Secret")
            || context.SemanticModel.GetConstantValue(argument, context.CancellationToken) is not { HasValue: true, Value: string name }
            || SecretNames.PasswordProblem(name) is not { } problem)
        {
            return;
        }

        // The literal is not repeated in the message (nor in the build log): it may be the password itself.
        context.ReportDiagnostic(Findings.Create(Descriptors.SecretNameLooksLikePassword, argument.GetLocation(), "secret", "(not shown)", RuleTexts.SecretNameLooksLikePassword(problem)));
    }
}
