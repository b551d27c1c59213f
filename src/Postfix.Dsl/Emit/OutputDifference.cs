namespace Postfix.Dsl;

/// <summary>A file whose content on disk is not what the model produces (found by <see cref="PostfixDsl.Verify"/>).</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Problem">What differs: missing, different content, or no longer generated.</param>
public sealed record OutputDifference(string Path, string Problem);
