namespace Postfix.Dsl;

/// <summary>
/// A regexp or pcre pattern as written between delimiters: <c>/^To: foobar/</c>. A plain string
/// converts to a pattern with the default <c>/</c> delimiter and no flags.
/// </summary>
public sealed record Pattern
{
    /// <summary>A pattern with the default delimiter and flags.</summary>
    public Pattern(string text) => Text = text;

    /// <summary>The expression between the delimiters.</summary>
    public string Text { get; init; }

    /// <summary>True for <c>!/pattern/</c>: the rule applies when the pattern does not match.</summary>
    public bool Negated { get; init; }

    /// <summary>Flags written after the closing delimiter.</summary>
    public PatternFlags Flags { get; init; }

    /// <summary>The delimiter; any non-alphanumeric, non-blank character. The pattern must not contain it.</summary>
    public char Delimiter { get; init; } = '/';

    /// <summary>A pattern with the default delimiter and no flags.</summary>
    public static implicit operator Pattern(string text) => new(text);
}
