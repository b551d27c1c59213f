namespace Postfix.Dsl;

/// <summary>
/// A string literal written in the type that declares a host, with its position; lets a validation
/// error point at the line that set the bad value.
/// </summary>
/// <param name="Value">The literal's value (escapes resolved).</param>
/// <param name="Line">The 1-based line of the literal.</param>
/// <param name="Column">The 1-based column of the literal.</param>
public readonly record struct SourceLiteral(string Value, int Line, int Column);
