using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// Rules that judge a whole main.cf (a <c>MailHost.MainCf</c> initializer): relay protection (PFX0006),
/// VRFY (PFX0306) and DANE's DNSSEC prerequisite (PFX0316). A service's <c>-o</c> overrides fall back to main.cf, so they are left to emit time.
/// </summary>
internal static class MainCfRules
{
    public static void Report(ModelNodeContext context, BaseObjectCreationExpressionSyntax creation,
        List<InitializerAssignment> assignments, Dictionary<string, List<RestrictionItem>> lists)
    {
        var location = creation.NewKeyword.GetLocation();
        ReportOpenRelay(context, location, assignments, lists);

        ReportDane(context, location, assignments);

        var vrfy = InitializerAssignment.Find(assignments, "DisableVrfyCommand");
        var disabled = vrfy is null ? false : context.SemanticModel.GetConstantValue(vrfy.Value, context.CancellationToken) is { HasValue: true, Value: bool value } ? value : (bool?)null;
        if (disabled == false)
        {
            context.ReportDiagnostic(Findings.Create(Descriptors.VrfyEnabled, vrfy?.Value.GetLocation() ?? location, "disable_vrfy_command",
                RuleTexts.VrfyValue(unset: vrfy is null), RuleTexts.VrfyEnabled()));
        }
    }

    // DANE (PFX0316): both levels must be enum members written out, or unset.
    private static void ReportDane(ModelNodeContext context, Location location, List<InitializerAssignment> assignments)
    {
        var level = InitializerAssignment.Find(assignments, "SmtpTlsSecurityLevel");
        var dns = InitializerAssignment.Find(assignments, "SmtpDnsSupportLevel");
        if (level is null || EnumValue(context, level.Value) is not { } levelText)
        {
            return;
        }

        var dnsText = dns is null ? null : EnumValue(context, dns.Value);
        if (dns is not null && dnsText is null)
        {
            return; // computed: emit-time validation decides
        }

        if (DanePrerequisite.IsMissing(levelText, dnsText))
        {
            context.ReportDiagnostic(Findings.Create(Descriptors.DaneWithoutDnssec, dns?.Value.GetLocation() ?? location, "smtp_dns_support_level",
                dnsText ?? "(unset: disabled)", RuleTexts.DaneWithoutDnssec(levelText)));
        }
    }

    // Postfix's spelling of an enum member: its [PostfixValue("dane-only")], else its name in lower case.
    private static string? EnumValue(ModelNodeContext context, ExpressionSyntax value)
    {
        if (context.SemanticModel.GetSymbolInfo(value, context.CancellationToken).Symbol is not IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } field)
        {
            return null;
        }

        var spelled = field.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == "PostfixValueAttribute")?.ConstructorArguments.FirstOrDefault().Value as string;
        return spelled ?? field.Name.ToLowerInvariant();
    }

    private static void ReportOpenRelay(ModelNodeContext context, Location location,
        List<InitializerAssignment> assignments, Dictionary<string, List<RestrictionItem>> lists)
    {
        if (!TryNames(assignments, lists, "SmtpdRelayRestrictions", out var relay)
            || !TryNames(assignments, lists, "SmtpdRecipientRestrictions", out var recipient)
            || !TryBelowLevel1(context, assignments, out var belowLevel1))
        {
            return; // something is not a literal: emit-time validation decides
        }

        var (effectiveRelay, effectiveRecipient) = RelayProtection.Effective(relay, recipient, belowLevel1);
        if (RelayProtection.IsOpen(effectiveRelay, effectiveRecipient))
        {
            context.ReportDiagnostic(Findings.Create(Descriptors.OpenRelay, location, RuleTexts.RelayLocation,
                string.Join(", ", effectiveRelay.Concat(effectiveRecipient)), RuleTexts.OpenRelay()));
        }
    }

    private static bool TryNames(List<InitializerAssignment> assignments, Dictionary<string, List<RestrictionItem>> lists, string property, out List<string>? names)
    {
        names = null;
        if (InitializerAssignment.Find(assignments, property) is null)
        {
            return true;
        }

        names = lists.TryGetValue(property, out var items) ? RestrictionListReader.NamesIfAllKnown(items) : null;
        return names is not null;
    }

    // Whether the host is below compatibility level 1 (unset means level 0), which decides Postfix's built-in relay restrictions.
    private static bool TryBelowLevel1(ModelNodeContext context, List<InitializerAssignment> assignments, out bool belowLevel1)
    {
        belowLevel1 = true;
        if (InitializerAssignment.Find(assignments, "CompatibilityLevel") is not { } level)
        {
            return true;
        }

        if (context.SemanticModel.GetSymbolInfo(level.Value, context.CancellationToken).Symbol is IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } field)
        {
            belowLevel1 = field.Name == "Level0";
            return true;
        }

        return false;
    }
}
