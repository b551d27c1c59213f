using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// Rules that judge a whole main.cf (a <c>MailHost.MainCf</c> initializer): relay protection (PFX0006)
/// and VRFY (PFX0306). A service's <c>-o</c> overrides fall back to main.cf, so they are left to emit time.
/// </summary>
internal static class MainCfRules
{
    public static void Report(ModelNodeContext context, BaseObjectCreationExpressionSyntax creation,
        List<InitializerAssignment> assignments, Dictionary<string, List<RestrictionItem>> lists)
    {
        var location = creation.NewKeyword.GetLocation();
        ReportOpenRelay(context, location, assignments, lists);

        var vrfy = InitializerAssignment.Find(assignments, "DisableVrfyCommand");
        var disabled = vrfy is null ? false : context.SemanticModel.GetConstantValue(vrfy.Value, context.CancellationToken) is { HasValue: true, Value: bool value } ? value : (bool?)null;
        if (disabled == false)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.VrfyEnabled, vrfy?.Value.GetLocation() ?? location));
        }
    }

    private static void ReportOpenRelay(ModelNodeContext context, Location location,
        List<InitializerAssignment> assignments, Dictionary<string, List<RestrictionItem>> lists)
    {
        if (!TryNames(assignments, lists, "SmtpdRelayRestrictions", out var relay)
            || !TryNames(assignments, lists, "SmtpdRecipientRestrictions", out var recipient)
            || !TryDefaultProtects(context, assignments, out var defaultProtects))
        {
            return; // something is not a literal: emit-time validation decides
        }

        if (RelayProtection.IsOpen(relay, recipient, defaultProtects))
        {
            var shown = new List<string>();
            shown.AddRange(relay ?? []);
            shown.AddRange(recipient ?? []);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.OpenRelay, location,
                shown.Count == 0 ? "both unset below compatibility level 1" : string.Join(", ", shown)));
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

    // Postfix's default smtpd_relay_restrictions protects from compatibility level 1 on; the level defaults to 0.
    private static bool TryDefaultProtects(ModelNodeContext context, List<InitializerAssignment> assignments, out bool protects)
    {
        protects = false;
        if (InitializerAssignment.Find(assignments, "CompatibilityLevel") is not { } level)
        {
            return true;
        }

        if (context.SemanticModel.GetSymbolInfo(level.Value, context.CancellationToken).Symbol is IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } field)
        {
            protects = field.Name != "Level0";
            return true;
        }

        return false;
    }
}
