namespace Postfix.Dsl;

/// <summary>Something in a file that Postfix would ignore or refuse (it warns or stops); the reader reports it instead.</summary>
/// <param name="Line">The physical line number (1-based).</param>
/// <param name="Problem">What Postfix does with it.</param>
/// <param name="Text">The text concerned.</param>
public sealed record ReadProblem(int Line, string Problem, string Text)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}: {Problem}: \"{Finding.Visible(Text)}\"";
}
