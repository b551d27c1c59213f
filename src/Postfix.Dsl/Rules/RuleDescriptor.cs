#if ROSLYN_COMPONENT
using Microsoft.CodeAnalysis;

namespace Postfix.Dsl.Rules;

/// <summary>The Roslyn <see cref="DiagnosticDescriptor"/> of a rule of the catalogue (compiled into the Roslyn components only).</summary>
internal static class RuleDescriptor
{
    public static DiagnosticDescriptor Of(RuleDefinition rule, params string[] customTags) =>
        new(rule.Id, rule.Title, rule.MessageFormat, rule.Category,
            rule.Severity switch
            {
                RuleSeverity.Warning => DiagnosticSeverity.Warning,
                RuleSeverity.Info => DiagnosticSeverity.Info,
                _ => DiagnosticSeverity.Error,
            },
            isEnabledByDefault: true,
            helpLinkUri: rule.HelpLink,
            customTags: customTags);
}
#endif
