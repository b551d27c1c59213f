using Postfix.Dsl.Rules;

namespace Postfix.Dsl;

/// <summary>A rule: a stable ID, a title, a severity, and the page that explains it.</summary>
/// <param name="Id">The stable ID, <c>PFXnnnn</c>.</param>
/// <param name="Title">What the rule protects against, in a few words.</param>
/// <param name="Severity">Whether a finding blocks writing (<see cref="ValidationSeverity.Error"/>) or is only reported.</param>
public sealed record ValidationRule(string Id, string Title, ValidationSeverity Severity = ValidationSeverity.Error)
{
    /// <summary>The rule's documentation page: an absolute link, the same one the analyzers give the IDE.</summary>
    public string HelpLink => RuleHelp.PagesUrl + Id + ".md";

    /// <summary>The public value of a rule of the catalogue.</summary>
    internal static ValidationRule From(RuleDefinition rule) => new(rule.Id, rule.Title, rule.Severity switch
    {
        RuleSeverity.Warning => ValidationSeverity.Warning,
        RuleSeverity.Info => ValidationSeverity.Info,
        _ => ValidationSeverity.Error,
    });
}
