using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Postfix.Dsl;

/// <summary>Collects the errors of one host; knows the host's name so that every error names it.</summary>
internal sealed class ValidationContext(MailHost host)
{
    private readonly List<Finding> _errors = [];

    public MailHost Host { get; } = host;

    public IReadOnlyList<Finding> Errors => _errors;

    public void Report(ValidationRule rule, string artifact, string location, string value, string problem, string expected) =>
        _errors.Add(new Finding(rule, Host.Name, artifact, location, value, problem, expected));

    /// <summary>
    /// The findings of checks already run, by subject: a table or list shared by every host of a fleet
    /// is checked once per process and its findings are replayed, named for each host. The model is
    /// immutable, so a subject's findings change only with what <c>scope</c> holds.
    /// </summary>
    private static readonly ConditionalWeakTable<object, List<(object Scope, Finding[] Findings)>> Checked = new();

    /// <summary>
    /// Runs <paramref name="check"/> once per distinct (<paramref name="subject"/>, <paramref name="scope"/>)
    /// and reports its findings for this host. <paramref name="check"/> must read nothing of the host
    /// but <paramref name="subject"/> and what <paramref name="scope"/> holds (compared by value).
    /// </summary>
    public void Once(object subject, object scope, Action<ValidationContext> check)
    {
        var seen = Checked.GetValue(subject, static _ => []);
        Finding[]? findings = null;
        lock (seen)
        {
            foreach (var (known, found) in seen)
            {
                if (known.Equals(scope))
                {
                    findings = found;
                    break;
                }
            }
        }

        if (findings is null)
        {
            var own = new ValidationContext(Host);
            check(own);
            findings = [.. own._errors];
            lock (seen)
            {
                seen.Add((scope, findings));
            }
        }

        foreach (var finding in findings)
        {
            _errors.Add(finding.Host == Host.Name ? finding : finding with { Host = Host.Name });
        }
    }

    /// <summary>Reports with the problem and expected form the editor uses too (<see cref="RuleTexts"/>).</summary>
    public void Report(ValidationRule rule, string artifact, string location, string value, (string Problem, string Expected) text) =>
        Report(rule, artifact, location, value, text.Problem, text.Expected);
}
