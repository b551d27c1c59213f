using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// The parameters whose tables cleanup(8) or smtp(8) applies to message content: header lines
/// (<c>Name: value</c>, judged by PFX0317) and body lines. Shared with the analyzers, which name
/// them in C# (<c>HeaderChecks</c>) and convert.
/// </summary>
internal static class ContentCheckParameters
{
    public static readonly HashSet<string> Header = new()
    {
        "header_checks", "mime_header_checks", "nested_header_checks", "milter_header_checks",
        "smtp_header_checks", "smtp_mime_header_checks", "smtp_nested_header_checks",
    };

    public static readonly HashSet<string> Body = new() { "body_checks", "smtp_body_checks" };
}
