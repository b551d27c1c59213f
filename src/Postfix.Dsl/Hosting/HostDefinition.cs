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
/// <param name="Literals">Every string literal of the declaring type (in the member's file), in source order.</param>
public sealed record HostDefinition(Func<MailHost> Get, SourceSpot Declaration, IReadOnlyList<SourceLiteral> Literals)
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
    /// Where the user wrote <paramref name="value"/>: the first literal with exactly that value, or
    /// the marked member when the value was computed, written in another type, or is empty (an
    /// unset value has no literal, and an unrelated <c>""</c> must not take the blame).
    /// </summary>
    public SourceSpot Locate(string value)
    {
        if (value.Length == 0)
        {
            return Declaration;
        }

        foreach (var literal in Literals)
        {
            if (literal.Value == value)
            {
                return Declaration with { Line = literal.Line, Column = literal.Column };
            }
        }

        return Declaration;
    }
}
