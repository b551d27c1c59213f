namespace Postfix.Dsl;

/// <summary>DNS host and domain name syntax (RFC 1123 labels): letters, digits and inner hyphens, 1–63 characters per label, 253 in all.
/// Shared with the analyzers: keep it netstandard2.0-compatible.</summary>
internal static class HostNameSyntax
{
    public static bool IsValid(string name)
    {
        if (name.Length is 0 or > 253 || name.StartsWith(".", System.StringComparison.Ordinal) || name.EndsWith(".", System.StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var label in name.Split('.'))
        {
            if (label.Length is 0 or > 63 || label.StartsWith("-", System.StringComparison.Ordinal) || label.EndsWith("-", System.StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!(IsAsciiLetterOrDigit(c) || c == '-'))
                {
                    return false;
                }
            }
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
