using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>A rule of a regexp or pcre table: a match with an action, or an if/endif block.</summary>
public abstract record RegexpRule;

/// <summary><c>/pattern/flags action</c>: when the pattern matches (or, negated, doesn't), apply the action.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Action">What to do on a match.</param>
public sealed record RegexpMatch(Pattern Pattern, HeaderAction Action) : RegexpRule;

/// <summary><c>if /pattern/</c> ... <c>endif</c>: the inner rules are tried only when the pattern matches.</summary>
/// <param name="Pattern">The condition.</param>
/// <param name="Rules">The rules inside the block.</param>
public sealed record RegexpIf(Pattern Pattern, IReadOnlyList<RegexpRule> Rules) : RegexpRule
{
    private readonly IReadOnlyList<RegexpRule> _rules = ValueList.Of(Rules);

    /// <summary>The rules inside the block.</summary>
    public IReadOnlyList<RegexpRule> Rules { get => _rules; init => _rules = ValueList.Of(value); }
}
