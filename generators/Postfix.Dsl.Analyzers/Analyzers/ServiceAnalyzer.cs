using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// Checks master.cf services written as <c>new Service { ... }</c> or <c>service with { ... }</c>:
/// the nqmgr command (PFX0302; a fifo type is reported by the compiler through [Obsolete]) and chroot flags on daemons that cannot run chrooted (PFX0307).
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
        string? name = null, command = null, serviceType = null;
        foreach (var assignment in assignments)
        {
            // The service's name and type, for the location every finding names: service smtp/inet.
            if (assignment.Property == "Name" && context.SemanticModel.GetConstantValue(assignment.Value, context.CancellationToken) is { HasValue: true, Value: string serviceName })
            {
                name = serviceName;
            }
            else if (assignment.Property == "Type" && context.SemanticModel.GetSymbolInfo(assignment.Value, context.CancellationToken).Symbol is IFieldSymbol { ContainingType.Name: "ServiceType" } typeField)
            {
                serviceType = typeField.Name.ToLowerInvariant();
            }
        }

        var where = RuleTexts.Service(name ?? "(unnamed)", serviceType ?? "(type not written here)");
        var chroot = false;
        foreach (var assignment in assignments)
        {
            var value = context.SemanticModel.GetConstantValue(assignment.Value, context.CancellationToken);
            switch (assignment.Property)
            {
                case "Command" when value is { HasValue: true, Value: string text }:
                    command = text;
                    if (ObsoleteServiceForms.ModernCommand(text) is { } modern)
                    {
                        context.ReportDiagnostic(Findings.Create(Descriptors.ObsoleteServiceForm, assignment.Value.GetLocation(), where, text, RuleTexts.OldCommand(modern)));
                    }

                    break;
                case "Chroot" when value is { HasValue: true, Value: true }:
                    chroot = true;
                    break;
            }
        }

        if (chroot && command is not null && ChrootCapability.CannotChroot(command))
        {
            var chrootAssignment = InitializerAssignment.Find(assignments, "Chroot")!;
            context.ReportDiagnostic(Findings.Create(Descriptors.ChrootNotSupported, chrootAssignment.Value.GetLocation(), where, command, RuleTexts.ChrootNotSupported()));
        }
    }
}
