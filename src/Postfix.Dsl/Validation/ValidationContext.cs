using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>Collects the errors of one host; knows the host's name so that every error names it.</summary>
internal sealed class ValidationContext(MailHost host)
{
    private readonly List<Finding> _errors = [];

    public MailHost Host { get; } = host;

    public IReadOnlyList<Finding> Errors => _errors;

    public void Report(ValidationRule rule, string artifact, string location, string value, string problem, string expected) =>
        _errors.Add(new Finding(rule, Host.Name, artifact, location, value, problem, expected));

    /// <summary>Reports with the problem and expected form the editor uses too (<see cref="RuleTexts"/>).</summary>
    public void Report(ValidationRule rule, string artifact, string location, string value, (string Problem, string Expected) text) =>
        Report(rule, artifact, location, value, text.Problem, text.Expected);
}
