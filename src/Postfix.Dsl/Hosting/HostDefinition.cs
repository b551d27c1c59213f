using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// One <see cref="PostfixHostAttribute"/> member, as listed by the generated registry: how to get
/// the host and where its definition is written. Created by generated code, not by hand.
/// </summary>
/// <param name="Get">Reads the marked member.</param>
/// <param name="Declaration">The marked member's name in source.</param>
/// <param name="Values">Where the definition sets each value, by model path (recorded by the generator).</param>
public sealed record HostDefinition(Func<MailHost> Get, SourceSpot Declaration, IReadOnlyList<SourceValue> Values)
{
    /// <summary>
    /// The rule IDs named by <c>[SuppressMessage("Postfix.Dsl", "PFXnnnn", Justification = "...")]</c>
    /// on the marked member or a type that contains it, in ordinal order. The build leaves out this
    /// host's warnings and notes of these rules, as the compiler does for the analyzers' diagnostics
    /// in the same scope. Errors are never left out: nothing suppresses an open relay.
    /// </summary>
    public IReadOnlyList<string> SuppressedRules { get; init; } = [];

    /// <summary>True when a finding of <paramref name="rule"/> on this host is acknowledged in source and not reported.</summary>
    public bool Suppresses(ValidationRule rule) =>
        rule.Severity != ValidationSeverity.Error && SuppressedRules.Contains(rule.Id, StringComparer.Ordinal);

    /// <summary>
    /// Where the user set what <paramref name="finding"/> is about:
    /// <list type="number">
    /// <item>a string literal with the finding's value under the finding's model path
    /// (<c>MainCf.Mynetworks</c>), so an equal literal elsewhere never takes the blame;</item>
    /// <item>else the assignment to that path (a value built from several parts, a number, an enum);</item>
    /// <item>else, for findings without a path (tables), the one literal with that value, if only one has it;</item>
    /// <item>else the marked member: the value was computed at run time or set in another file.</item>
    /// </list>
    /// </summary>
    public SourceSpot Locate(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var path = FindingPaths.Of(finding);
        var under = path is null ? Values : Values.Where(v => v.Path == path || v.Path.StartsWith(path + ".", StringComparison.Ordinal)).ToList();
        if (finding.Value.Length > 0 && under.FirstOrDefault(v => v.Value == finding.Value) is { Path: not null } literal)
        {
            return At(literal);
        }

        if (path is not null && Values.FirstOrDefault(v => v.Path == path && v.Value is null) is { Path: not null } assignment)
        {
            return At(assignment);
        }

        var anywhere = finding.Value.Length == 0 ? [] : Values.Where(v => v.Value == finding.Value).Take(2).ToList();
        return path is null && anywhere.Count == 1 ? At(anywhere[0]) : Declaration;
    }

    private SourceSpot At(SourceValue value) => Declaration with { Line = value.Line, Column = value.Column };
}
