using System;

namespace Postfix.Dsl;

/// <summary>
/// Pattern flags, named after their effect. Postfix's flag letters toggle defaults, so
/// <see cref="CaseSensitive"/> is written <c>i</c>. Which flags a table accepts depends on its type.
/// </summary>
[Flags]
public enum PatternFlags
{
    /// <summary>Postfix's defaults: case-insensitive (and, for regexp, extended syntax).</summary>
    None = 0,

    /// <summary><c>i</c>: match case exactly (regexp and pcre).</summary>
    CaseSensitive = 1,

    /// <summary><c>m</c>: <c>^</c> and <c>$</c> match at embedded newlines (regexp and pcre).</summary>
    MultiLine = 2,

    /// <summary><c>x</c> in a regexp table: basic instead of extended POSIX syntax.</summary>
    BasicSyntax = 4,

    /// <summary><c>s</c> in a pcre table: the dot no longer matches a newline.</summary>
    DotExcludesNewline = 8,

    /// <summary><c>x</c> in a pcre table: whitespace and comments in the pattern are ignored.</summary>
    FreeSpacing = 16,

    /// <summary><c>A</c> in a pcre table: the pattern is anchored at the start.</summary>
    Anchored = 32,

    /// <summary><c>E</c> in a pcre table: <c>$</c> matches only at the very end.</summary>
    DollarEndOnly = 64,

    /// <summary><c>U</c> in a pcre table: quantifiers are lazy unless followed by <c>?</c>.</summary>
    Ungreedy = 128,
}
