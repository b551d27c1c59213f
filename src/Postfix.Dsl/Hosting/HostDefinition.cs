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
    /// The generated registry's form: <paramref name="values"/> in the generator's compact text, one
    /// string literal, which the compiler handles in next to no time where an array of
    /// <see cref="SourceValue"/> constructions cost it milliseconds on every build.
    /// </summary>
    /// <param name="get">Reads the marked member.</param>
    /// <param name="declaration">The marked member's name in source.</param>
    /// <param name="values">Where the definition sets each value, as the generator wrote it.</param>
    /// <exception cref="FormatException">The text is not the generator's (a project compiled by another version of it).</exception>
    public HostDefinition(Func<MailHost> get, SourceSpot declaration, string values)
        : this(get, declaration, Decode(values))
    {
    }

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
    /// True when the compiler has already reported <paramref name="finding"/> in source, so the build
    /// must not say it a second time: a rule the compiler itself reports wherever the model is used
    /// (an obsolete form or parameter, <c>[Obsolete(DiagnosticId)]</c>: every use is reported, and a
    /// <c>#pragma</c> there is the user's answer), or an analyzer rule whose finding is about a value
    /// written where the analyzers read it (a literal, or the assignment, at the finding's own
    /// model path). A value computed at run time or set in another file is the build's to report.
    /// </summary>
    public bool ReportedInSource(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var surfaces = Rules.RuleCatalog.All.FirstOrDefault(r => r.Id == finding.Rule.Id)?.Surfaces ?? 0;
        if ((surfaces & Rules.RuleSurfaces.Compiler) != 0)
        {
            return true;
        }

        // A rule the analyzer reports only where it sees everything may have been silent here.
        if ((surfaces & Rules.RuleSurfaces.Editor) == 0 || (surfaces & Rules.RuleSurfaces.EditorWhereVisible) != 0 || FindingPaths.Of(finding) is not { } path)
        {
            return false;
        }

        return Values.Any(v => v.Path == path && (v.Value is null || v.Value == finding.Value));
    }

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

    private static SourceValue[] Decode(string values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var decoded = Generators.HostDiscovery.SourceValueText.Decode(values);
        var result = new SourceValue[decoded.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var (path, value, line, column) = decoded[i];
            result[i] = new SourceValue(path, value, line, column);
        }

        return result;
    }

    private SourceSpot At(SourceValue value) => Declaration with { Line = value.Line, Column = value.Column };
}
