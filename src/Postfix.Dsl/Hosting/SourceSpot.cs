namespace Postfix.Dsl;

/// <summary>A place in the user's C# source, as the compiler saw it.</summary>
/// <param name="File">The source file, relative to the project folder when it lies inside it.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public readonly record struct SourceSpot(string File, int Line, int Column);
