using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// Checks master.cf services written as <c>new Service { ... }</c> or <c>service with { ... }</c>:
/// pre-2.10 forms (PFX0302) and chroot flags on daemons that cannot run chrooted (PFX0307).
/// What a <c>with</c> does not state (the command of a stock service) is checked at emit time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ServiceAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ObsoleteServiceForm, Descriptors.ChrootNotSupported);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ModelNodes.Register(context, Analyze, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.WithExpression);
    }

    private static void Analyze(ModelNodeContext context)
    {
        var (type, initializer) = context.Node switch
        {
            BaseObjectCreationExpressionSyntax creation => (CreatedType.Of(creation, creation.Initializer, context.SemanticModel, context.CancellationToken), creation.Initializer),
            WithExpressionSyntax with => (CreatedType.Of(with, with.Initializer, context.SemanticModel, context.CancellationToken), with.Initializer),
            _ => (null, null),
        };
        if (!ModelTypes.Is(type, ModelTypes.Service))
        {
            return;
        }

        var assignments = InitializerAssignment.Of(initializer);
        string? name = null, command = null;
        var chroot = false;
        foreach (var assignment in assignments)
        {
            var value = context.SemanticModel.GetConstantValue(assignment.Value, context.CancellationToken);
            switch (assignment.Property)
            {
                case "Name" when value is { HasValue: true, Value: string text }:
                    name = text;
                    break;
                case "Command" when value is { HasValue: true, Value: string text }:
                    command = text;
                    if (ObsoleteServiceForms.ModernCommand(text) is { } modern)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ObsoleteServiceForm, assignment.Value.GetLocation(),
                            text, ObsoleteServiceForms.NqmgrProblem, $"\"{modern}\""));
                    }

                    break;
                case "Chroot" when value is { HasValue: true, Value: true }:
                    chroot = true;
                    break;
                case "Type" when context.SemanticModel.GetSymbolInfo(assignment.Value, context.CancellationToken).Symbol is IFieldSymbol { Name: "Fifo" } field
                                 && field.ContainingType.Name == "ServiceType":
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.ObsoleteServiceForm, assignment.Value.GetLocation(),
                        "fifo", ObsoleteServiceForms.FifoProblem, "ServiceType.Unix"));
                    break;
            }
        }

        if (chroot && command is not null && ChrootCapability.CannotChroot(command))
        {
            var chrootAssignment = InitializerAssignment.Find(assignments, "Chroot")!;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ChrootNotSupported, chrootAssignment.Value.GetLocation(), name ?? "(unnamed)", command));
        }
    }
}
