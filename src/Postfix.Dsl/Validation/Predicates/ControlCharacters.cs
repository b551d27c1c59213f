using System.Globalization;

namespace Postfix.Dsl;

/// <summary>
/// Finds characters that must never reach a configuration file: a newline would start a new
/// <c>name = value</c> line (config injection); other control characters are invisible in review.
/// </summary>
internal static class ControlCharacters
{
    /// <summary>A description of the first control character in <paramref name="value"/>, or null when there is none.</summary>
    public static string? Describe(string value)
    {
        // Printable ASCII, by far the common case, needs no character classification.
        var ascii = true;
        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                // A valid pair (an emoji, say): fine.
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                // Written as UTF-8 it would become U+FFFD, so two different values could be written the same.
                return $"contains a lone surrogate (U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}) at position {i.ToString(CultureInfo.InvariantCulture)}";
            }

            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                // U+200B, U+FEFF, U+202E...: invisible in review, and a bidi override can make a diff lie.
                return $"contains an invisible format character (U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}) at position {i.ToString(CultureInfo.InvariantCulture)}";
            }

            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                var name = c switch
                {
                    '\n' => "a newline",
                    '\r' => "a carriage return",
                    '\t' => "a tab",
                    _ => "a control character",
                };
                return $"contains {name} (U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}) at position {i.ToString(CultureInfo.InvariantCulture)}";
            }
        }

        return null;
    }
}
