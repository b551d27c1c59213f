namespace Postfix.Dsl;

/// <summary>A validation rule: a stable ID, a title, a severity, and the page that explains it.</summary>
/// <param name="Id">The stable ID, <c>PFXnnnn</c>.</param>
/// <param name="Title">What the rule protects against, in a few words.</param>
/// <param name="Severity">Whether a finding blocks writing (<see cref="ValidationSeverity.Error"/>) or is only reported.</param>
public sealed record ValidationRule(string Id, string Title, ValidationSeverity Severity = ValidationSeverity.Error)
{
    /// <summary>The documentation page of the rule, relative to the repository root.</summary>
    public string HelpLink => $"docs/diagnostics/{Id}.md";
}
