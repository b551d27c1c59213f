using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// PFX0321 for a submission service written out in source, <c>Service.Inet("submission", "smtpd", overrides: new() { ... })</c>
/// or <c>new Service { Name = "submission", Command = "smtpd", ... }</c>: judged only when every value
/// that decides is in sight, the service's overrides and the main.cf of the <c>new MailHost</c> around it.
/// </summary>
internal static class SubmissionRules
{
    public static void Report(ModelNodeContext context, SyntaxNode service, string name, ExpressionSyntax? overrides, Location location)
    {
        if (!SubmissionRequirements.IsSubmissionPort(name))
        {
            return;
        }

        var own = overrides switch
        {
            null => new List<InitializerAssignment>(),
            BaseObjectCreationExpressionSyntax { Initializer: var initializer } => InitializerAssignment.Of(initializer),
            _ => null,
        };
        var host = service.Ancestors().OfType<BaseObjectCreationExpressionSyntax>()
            .FirstOrDefault(c => ModelTypes.Is(CreatedType.Of(c, c.Initializer, context.SemanticModel, context.CancellationToken), ModelTypes.MailHost));
        var mainCf = host is null ? null
            : InitializerAssignment.Find(InitializerAssignment.Of(host.Initializer), "MainCf")?.Value is BaseObjectCreationExpressionSyntax { Initializer: var main }
                ? InitializerAssignment.Of(main)
                : null;
        if (own is null || mainCf is null)
        {
            return; // not all in sight: emit-time validation decides
        }

        if (Effective(context, own, mainCf, "SmtpdTlsWrappermode") is not { } wrapper
            || Effective(context, own, mainCf, "SmtpdTlsSecurityLevel") is not { } level
            || Effective(context, own, mainCf, "SmtpdSaslAuthEnable") is not { } sasl)
        {
            return;
        }

        if (SubmissionRequirements.Missing(wrapper == "true", level.Length == 0 ? null : level, sasl == "true") is { } missing)
        {
            context.ReportDiagnostic(Findings.Create(Descriptors.SubmissionWithoutTlsOrAuth, location, RuleTexts.Service(name, "inet"), name,
                RuleTexts.SubmissionWithoutTlsOrAuth(missing)));
        }
    }

    /// <summary>The value of <paramref name="property"/>, the override's over main.cf's: "true"/"false", an enum's Postfix spelling, "" when unset in both; null when not a literal.</summary>
    private static string? Effective(ModelNodeContext context, List<InitializerAssignment> own, List<InitializerAssignment> mainCf, string property)
    {
        var assignment = InitializerAssignment.Find(own, property) ?? InitializerAssignment.Find(mainCf, property);
        if (assignment is null)
        {
            return string.Empty;
        }

        if (context.SemanticModel.GetConstantValue(assignment.Value, context.CancellationToken) is { HasValue: true, Value: bool flag })
        {
            return flag ? "true" : "false";
        }

        return context.SemanticModel.GetSymbolInfo(assignment.Value, context.CancellationToken).Symbol is IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } field
            ? field.Name.ToLowerInvariant()
            : null;
    }
}
