namespace Postfix.Dsl;

/// <summary>DNS host and domain name syntax (RFC 1123 labels): letters, digits and inner hyphens, 1–63 characters per label, 253 in all.</summary>
internal static class HostNameSyntax
{
    public static bool IsValid(string name)
    {
        if (name.Length is 0 or > 253 || name.StartsWith('.') || name.EndsWith('.'))
        {
            return false;
        }

        foreach (var label in name.Split('.'))
        {
            if (label.Length is 0 or > 63 || label.StartsWith('-') || label.EndsWith('-'))
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>True when the value holds a <c>$name</c> expression, whose expansion only Postfix knows.</summary>
    public static bool HasExpansion(string value) => value.Contains('$');
}
