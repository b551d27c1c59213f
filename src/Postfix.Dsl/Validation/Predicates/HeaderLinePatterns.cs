namespace Postfix.Dsl;

/// <summary>
/// Whether a header_checks pattern can match a header line at all (PFX0317). cleanup(8) hands each
/// header to the table as one logical line, <c>Name: value</c>, and takes a line as a header only when
/// it starts with a name of printable ASCII characters, optionally followed by blanks, then ':'. A
/// pattern anchored with <c>^</c> whose literal start cannot begin such a line never matches. Shared
/// with the analyzers.
/// </summary>
internal static class HeaderLinePatterns
{
    /// <summary>Why <paramref name="pattern"/> cannot match a header line, or null when it can (or when that cannot be told from its text).</summary>
    public static string? NeverMatches(string pattern)
    {
        var start = LiteralStart(pattern);
        if (start is null || start.Length == 0)
        {
            return null;
        }

        if (start[0] == ':')
        {
            return "is anchored at the start of the line, which is the header's name, but starts with ':'";
        }

        for (var i = 0; i < start.Length; i++)
        {
            var c = start[i];
            if (c == ':')
            {
                return null; // "Name:" seen: the rest is the value, which can hold anything
            }

            if (c is ' ' or '\t')
            {
                if (i == 0)
                {
                    return "is anchored at the start of the line, which is the header's name, but starts with a blank";
                }

                // Only blanks may follow the name before its ':'.
                for (var j = i + 1; j < start.Length; j++)
                {
                    if (start[j] == ':')
                    {
                        return null;
                    }

                    if (start[j] is not (' ' or '\t'))
                    {
                        return $"is anchored at the start of the line, but \"{start[..j]}\" is followed by '{start[j]}' where a header name allows only ':' after a blank";
                    }
                }

                return null;
            }

            if (c < 33 || c > 126)
            {
                return "is anchored at the start of the line, but has a character no header name can hold before its ':'";
            }

            if (c == '@')
            {
                return $"is anchored at the start of the line, which is the header's name (From:, To:, Subject:), but \"{start[..(i + 1)]}\" starts like an address, and no header is named like one";
            }
        }

        return null;
    }

    /// <summary>
    /// The literal text <paramref name="pattern"/> must start with, after <c>^</c>; null when it is not
    /// anchored or has an alternative (<c>|</c>) that may not be. A character made optional by the
    /// quantifier after it is left out.
    /// </summary>
    private static string? LiteralStart(string pattern)
    {
        if (pattern.Length < 2 || pattern[0] != '^' || pattern.IndexOf('|') >= 0)
        {
            return null;
        }

        var literal = new System.Text.StringBuilder();
        var i = 1;
        while (i < pattern.Length)
        {
            char atom;
            int next;
            if (pattern[i] == '\\' && i + 1 < pattern.Length && IsEscapedLiteral(pattern[i + 1]))
            {
                atom = pattern[i + 1];
                next = i + 2;
            }
            else if (pattern[i] is '\\' or '.' or '[' or '(' or ')' or '$' or '{' or '*' or '+' or '?' or '^')
            {
                break;
            }
            else
            {
                atom = pattern[i];
                next = i + 1;
            }

            if (next < pattern.Length && pattern[next] is '*' or '?' or '{')
            {
                break; // the atom may be absent
            }

            literal.Append(atom);
            if (next < pattern.Length && pattern[next] == '+')
            {
                break;
            }

            i = next;
        }

        return literal.ToString();
    }

    // \. \- \@ ... stand for the character itself; \s \w \d and the like are classes.
    private static bool IsEscapedLiteral(char c) => !char.IsLetterOrDigit(c);
}
