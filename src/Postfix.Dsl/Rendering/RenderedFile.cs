namespace Postfix.Dsl;

/// <summary>One generated file of a host.</summary>
/// <param name="Name">The file name inside the host's folder, e.g. <c>main.cf</c>.</param>
/// <param name="Content">The content: LF line endings, final newline, no timestamps.</param>
public sealed record RenderedFile(string Name, string Content);
