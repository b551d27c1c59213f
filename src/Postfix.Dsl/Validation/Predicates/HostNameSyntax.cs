namespace Postfix.Dsl;

/// <summary>DNS host and domain name syntax (RFC 1123 labels): letters, digits and inner hyphens, 1–63 characters per label, 253 in all.
/// Shared with the analyzers: keep it netstandard2.0-compatible.</summary>
internal static class HostNameSyntax
{
    public static bool IsValid(string name) => IsValid(name, 0);

    /// <summary>Whether <paramref name="text"/> from <paramref name="start"/> on is a valid name (no substring made: access tables check every key).</summary>
    public static bool IsValid(string text, int start)
    {
        var length = text.Length - start;
        if (length is <= 0 or > 253)
        {
            return false;
        }

        // Label by label: 1-63 letters, digits and inner hyphens; an empty label (leading, trailing or double dot) is invalid.
        var labelStart = start;
        for (var i = start; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '.')
            {
                if (!(IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
                {
                    return false;
                }

                continue;
            }

            var labelLength = i - labelStart;
            if (labelLength is 0 or > 63 || text[labelStart] == '-' || text[i - 1] == '-')
            {
                return false;
            }

            labelStart = i + 1;
        }

        return true;
    }

    /// <summary>True when the value holds a <c>$name</c> expression, whose expansion only Postfix knows.</summary>
    public static bool HasExpansion(string value) => value.IndexOf('$') >= 0;

    /// <summary>
    /// True when <paramref name="parameter"/> takes the name from a file instead: Debian's Postfix reads
    /// <c>myorigin = /etc/mailname</c> as the first line of that file, and its installer writes exactly that.
    /// </summary>
    public static bool IsNameFile(string parameter, string value) => parameter == "myorigin" && value.StartsWith("/", System.StringComparison.Ordinal);

    // char.IsAsciiLetterOrDigit is .NET 7+; this file is also compiled into the netstandard2.0 analyzers.
    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
