using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// Checks the literal values of a <c>Parameters</c> initializer (main.cf, or a service's <c>-o</c>
/// overrides) with the library's own rules: restriction lists, the banner, mynetworks, host names,
/// obsolete parameters; and, for a host's <c>MainCf</c>, relay protection and VRFY. Values that are
/// not literals are left to emit-time validation, which runs the same rules.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ParametersAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.InvalidNetwork, Descriptors.InvalidHostName, Descriptors.OpenRelay, Descriptors.WideMynetworks,
        Descriptors.UnreachableRestriction,
        Descriptors.DnsCheckBeforeMynetworks, Descriptors.RevealingBanner, Descriptors.VrfyEnabled,
        Descriptors.DaneWithoutDnssec, Descriptors.SaslCheckAfterPermit, Descriptors.AddressKeysInClientLookup);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        ModelNodes.Register(context, Analyze, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.WithExpression);
    }

    private static void Analyze(ModelNodeContext context)
    {
        // `main with { ... }` states only some values: its lists and literals are checked, the whole-main.cf rules are not.
        var creation = context.Node as BaseObjectCreationExpressionSyntax;
        var initializer = context.Node is WithExpressionSyntax with ? with.Initializer : creation?.Initializer;
        if (!ModelTypes.Is(CreatedType.Of(context.Node, initializer, context.SemanticModel, context.CancellationToken), ModelTypes.Parameters))
        {
            return;
        }

        var assignments = InitializerAssignment.Of(initializer);
        var lists = new Dictionary<string, List<RestrictionItem>>();
        foreach (var assignment in assignments)
        {
            if (context.SemanticModel.GetSymbolInfo(assignment.Syntax.Left, context.CancellationToken).Symbol is not IPropertySymbol property)
            {
                continue;
            }

            var kind = CatalogKind(property);
            if (property.Name.EndsWith("Restrictions", System.StringComparison.Ordinal)
                && RestrictionListReader.Read(assignment.Value, context.SemanticModel, context.CancellationToken) is { } items)
            {
                lists[property.Name] = items;
                RestrictionListRules.Report(context, PostfixNames.FromMember(property.Name), items, assignments);
            }
            else if (property.Name == "SmtpdBanner" && Constant(context, assignment.Value) is { } banner && BannerExposure.Problem(banner) is { } problem)
            {
                context.ReportDiagnostic(Findings.Create(Descriptors.RevealingBanner, assignment.Value.GetLocation(), "smtpd_banner", banner, RuleTexts.RevealingBanner(problem)));
            }
            else if (property.Name == "Mynetworks")
            {
                ReportNetworks(context, assignment.Value);
            }
            else if (kind is "DomainList")
            {
                ReportDomains(context, property.Name, assignment.Value);
            }
            else if (kind is "HostName" or "DomainName" && Constant(context, assignment.Value) is { } name
                     && !HostNameSyntax.HasExpansion(name) && !HostNameSyntax.IsNameFile(PostfixNames.FromMember(property.Name), name) && !HostNameSyntax.IsValid(name))
            {
                context.ReportDiagnostic(Findings.Create(Descriptors.InvalidHostName, assignment.Value.GetLocation(), PostfixNames.FromMember(property.Name), name,
                    RuleTexts.InvalidHostName(domain: kind == "DomainName")));
            }
        }

        if (creation is not null && IsHostMainCf(context, creation))
        {
            MainCfRules.Report(context, creation, assignments, lists);
        }
    }

    /// <summary>
    /// The catalog's kind of a parameter property (<c>HostName</c>, <c>DomainList</c>, ...), from the
    /// <c>[PostfixParameter]</c> the catalog generator put on it; null for other properties.
    /// </summary>
    private static string? CatalogKind(IPropertySymbol property)
    {
        if (ParameterAttribute(property) is not { ConstructorArguments.Length: 2 } attribute)
        {
            return null;
        }

        var kind = attribute.ConstructorArguments[1];
        return kind.Type?.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, kind.Value))?.Name;
    }

    private static AttributeData? ParameterAttribute(IPropertySymbol property) =>
        property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "Postfix.Dsl.PostfixParameterAttribute");

    private static void ReportNetworks(ModelNodeContext context, ExpressionSyntax value)
    {
        foreach (var (text, syntax) in StringListReader.Constants(value, context.SemanticModel, context.CancellationToken))
        {
            if (ListItemReferences.IsReference(text))
            {
                continue; // $name, /file and type:table items are resolved by Postfix
            }

            var excluded = text.StartsWith("!", System.StringComparison.Ordinal);
            var network = NetworkSyntax.Parse(text.TrimStart('!'), bracketedIpv6: true, out var problem);
            if (network is null)
            {
                context.ReportDiagnostic(Findings.Create(Descriptors.InvalidNetwork, syntax.GetLocation(), "mynetworks", text, RuleTexts.InvalidNetwork(problem)));
            }
            else if (!excluded && NetworkSyntax.IsTooWideToTrust(network.Value))
            {
                context.ReportDiagnostic(Findings.Create(Descriptors.WideMynetworks, syntax.GetLocation(), "mynetworks", text, RuleTexts.WideMynetworks(network.Value.PrefixLength)));
            }
        }
    }

    private static void ReportDomains(ModelNodeContext context, string property, ExpressionSyntax value)
    {
        foreach (var (text, syntax) in StringListReader.Constants(value, context.SemanticModel, context.CancellationToken))
        {
            if (!ListItemReferences.IsReference(text) && text.Trim() == text && text.Length > 0 && !HostNameSyntax.IsValid(text.TrimStart('.')))
            {
                context.ReportDiagnostic(Findings.Create(Descriptors.InvalidHostName, syntax.GetLocation(), PostfixNames.FromMember(property), text, RuleTexts.InvalidListDomain()));
            }
        }
    }

    private static bool IsHostMainCf(ModelNodeContext context, BaseObjectCreationExpressionSyntax creation) =>
        creation.Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "MainCf" } left }
        && context.SemanticModel.GetSymbolInfo(left, context.CancellationToken).Symbol is IPropertySymbol property
        && ModelTypes.Is(property.ContainingType, ModelTypes.MailHost);

    internal static string? Constant(ModelNodeContext context, ExpressionSyntax value) =>
        context.SemanticModel.GetConstantValue(value, context.CancellationToken) is { HasValue: true, Value: string text } ? text : null;
}
