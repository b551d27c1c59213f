using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// Checks master.cf services written as <c>new Service { ... }</c> or <c>service with { ... }</c>:
/// the nqmgr command (PFX0302; a fifo type is reported by the compiler through [Obsolete]), chroot flags on daemons that cannot run chrooted (PFX0307),
/// and submission services that require neither TLS nor authentication (PFX0321, also for <c>Service.Inet(...)</c>).
/// What a <c>with</c> does not state (the command of a stock service) is checked at emit time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ServiceAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ObsoleteServiceForm, Descriptors.ChrootNotSupported, Descriptors.SubmissionWithoutTlsOrAuth);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ModelNodes.Register(context, Analyze, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.WithExpression);
        ModelNodes.Register(context, AnalyzeRow, SyntaxKind.InvocationExpression);
    }

    // Service.Inet("submission", "smtpd", overrides: ...): the compact row constructor.
    private static void AnalyzeRow(ModelNodeContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        // Every invocation of a model file comes here: only a call named Inet is worth asking the semantic model about.
        var called = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };
        if (called != "Inet"
            || context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol { Name: "Inet" } method
            || !ModelTypes.Is(method.ContainingType, ModelTypes.Service))
        {
            return;
        }

        ExpressionSyntax? Argument(string parameter)
        {
            var arguments = invocation.ArgumentList.Arguments;
            for (var i = 0; i < arguments.Count; i++)
            {
                var name = arguments[i].NameColon?.Name.Identifier.ValueText ?? (i < method.Parameters.Length ? method.Parameters[i].Name : null);
                if (name == parameter)
                {
                    return arguments[i].Expression;
                }
            }

            return null;
        }

        if (Argument("name") is { } nameSyntax && context.SemanticModel.GetConstantValue(nameSyntax, context.CancellationToken) is { HasValue: true, Value: string name }
            && Argument("command") is { } commandSyntax && context.SemanticModel.GetConstantValue(commandSyntax, context.CancellationToken) is { HasValue: true, Value: "smtpd" })
        {
            SubmissionRules.Report(context, invocation, name, Argument("overrides"), nameSyntax.GetLocation());
        }
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

        if (context.Node is BaseObjectCreationExpressionSyntax && name is not null && serviceType == "inet" && command == "smtpd")
        {
            SubmissionRules.Report(context, context.Node, name, InitializerAssignment.Find(assignments, "Overrides")?.Value,
                InitializerAssignment.Find(assignments, "Name")!.Value.GetLocation());
        }

        if (chroot && command is not null && ChrootCapability.CannotChroot(command))
        {
            var chrootAssignment = InitializerAssignment.Find(assignments, "Chroot")!;
            context.ReportDiagnostic(Findings.Create(Descriptors.ChrootNotSupported, chrootAssignment.Value.GetLocation(), where, command, RuleTexts.ChrootNotSupported()));
        }
    }
}
