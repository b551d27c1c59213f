using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// A rule of a regexp or pcre table: a match with a content-check action (<see cref="RegexpMatch"/>,
/// for header_checks and body_checks), a match with an access(5) action (<see cref="RegexpAccess"/>,
/// for <c>check_sender_access</c> and the other access restrictions), or an if/endif block.
/// A table holds one kind of match, the kind its use reads (PFX0328).
/// </summary>
public abstract record RegexpRule;

/// <summary><c>/pattern/flags action</c>: when the pattern matches a header or body line (or, negated, doesn't), apply the content-check action.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Action">What to do on a match.</param>
public sealed record RegexpMatch(Pattern Pattern, HeaderAction Action) : RegexpRule;

/// <summary>
/// <c>/pattern/flags action</c> in an access table: when the pattern matches the looked-up key (a sender or
/// recipient address, a client name or address, a HELO name), apply the access(5) action.
/// </summary>
/// <param name="Pattern">The pattern, matched against the whole key, e.g. <c>/@(.+\.)?example\.top$/</c>.</param>
/// <param name="Action">What to do on a match, as in an <see cref="AccessTable"/>.</param>
public sealed record RegexpAccess(Pattern Pattern, AccessAction Action) : RegexpRule;

/// <summary><c>if /pattern/</c> ... <c>endif</c>: the inner rules are tried only when the pattern matches.</summary>
/// <param name="Pattern">The condition.</param>
/// <param name="Rules">The rules inside the block.</param>
public sealed record RegexpIf(Pattern Pattern, IReadOnlyList<RegexpRule> Rules) : RegexpRule
{
    private readonly IReadOnlyList<RegexpRule> _rules = ValueList.Of(Rules);

    /// <summary>The rules inside the block.</summary>
    public IReadOnlyList<RegexpRule> Rules { get => _rules; init => _rules = ValueList.Of(value); }
}
