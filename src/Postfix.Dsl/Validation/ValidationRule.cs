namespace Postfix.Dsl;

/// <summary>A validation rule: a stable ID, a title, and the page that explains it.</summary>
/// <param name="Id">The stable ID, <c>PFXnnnn</c>.</param>
/// <param name="Title">What the rule protects against, in a few words.</param>
public sealed record ValidationRule(string Id, string Title)
{
    /// <summary>The documentation page of the rule, relative to the repository root.</summary>
    public string HelpLink => $"docs/diagnostics/{Id}.md";
}
