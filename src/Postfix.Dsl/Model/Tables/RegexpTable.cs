using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// A regexp(5) or pcre(5) table of pattern rules, such as header_checks. Rules are tried in order;
/// the first match wins.
/// </summary>
public sealed record RegexpTable : LookupTable
{
    /// <summary><see cref="TableType.Regexp"/> (POSIX) unless set; <see cref="TableType.Pcre"/> needs postfix-pcre.</summary>
    public override TableType Type { get; init; } = TableType.Regexp;

    /// <summary>The rules, written in this order.</summary>
    public IReadOnlyList<RegexpRule> Rules { get => _rules; init => _rules = ValueList.Of(value); }

    private readonly IReadOnlyList<RegexpRule> _rules = ValueList.Of<RegexpRule>([]);
}
