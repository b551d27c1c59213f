namespace Postfix.Dsl;

/// <summary>
/// Where a host's definition sets a value, recorded by the generator so that a validation error
/// points at the assignment that set the bad value.
/// </summary>
/// <param name="Path">The model path: <c>MainCf.Mynetworks</c>, <c>MasterCf.Services.Command</c>, <c>Name</c>.</param>
/// <param name="Value">A string literal's value (escapes resolved), or null for the whole assignment.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public readonly record struct SourceValue(string Path, string? Value, int Line, int Column);
