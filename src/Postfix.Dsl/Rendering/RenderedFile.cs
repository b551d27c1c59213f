namespace Postfix.Dsl;

/// <summary>One generated file of a host.</summary>
/// <param name="Name">The file name inside the host's folder, e.g. <c>main.cf</c>.</param>
/// <param name="Content">The content: LF line endings, final newline, no timestamps.</param>
public sealed record RenderedFile(string Name, string Content)
{
    /// <summary>True for a file that holds secrets: it is created with mode 0600 (an existing file keeps its mode).</summary>
    public bool Secret { get; init; }
}
