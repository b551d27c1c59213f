namespace Postfix.Dsl;

/// <summary>
/// The forms of master.cf service names, commands and parameter names, checked character by character.
/// They were regular expressions; a short emitter process paid several milliseconds to start the regex
/// engine for them, and unlike <c>$</c> in a regex these never accept a trailing newline.
/// </summary>
internal static class ServiceNameSyntax
{
    /// <summary><c>[host:]port</c>: a port or service name (letters, digits, '-'), after an optional host
    /// (letters, digits, '.', '-') or bracketed address (hex digits, ':', '.') and a colon.</summary>
    public static bool IsInetName(string name)
    {
        var colon = name.LastIndexOf(':');
        if (!IsRun(name, colon + 1, name.Length, static c => IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return false;
        }

        if (colon < 0)
        {
            return true;
        }

        return name[0] == '[' && colon >= 3 && name[colon - 1] == ']'
            ? IsRun(name, 1, colon - 1, static c => IsHexDigit(c) || c is ':' or '.')
            : IsRun(name, 0, colon, static c => IsAsciiLetterOrDigit(c) || c is '.' or '-');
    }

    /// <summary>A unix, fifo or pass socket name: a letter or digit, then letters, digits, '.', '_' and '-'.</summary>
    public static bool IsSocketName(string name) =>
        name.Length > 0 && IsAsciiLetterOrDigit(name[0])
        && IsRun(name, 1, name.Length, static c => IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-', allowEmpty: true);

    /// <summary>One master.cf word: no whitespace and no brace.</summary>
    public static bool IsWord(string text) =>
        IsRun(text, 0, text.Length, static c => !char.IsWhiteSpace(c) && c is not '{' and not '}');

    /// <summary>A parameter name Postfix reads: letters, digits, '_' and '-'.</summary>
    public static bool IsParameterName(string name) =>
        IsRun(name, 0, name.Length, static c => IsAsciiLetterOrDigit(c) || c is '_' or '-');

    private static bool IsRun(string text, int start, int end, System.Func<char, bool> allowed, bool allowEmpty = false)
    {
        if (end <= start)
        {
            return allowEmpty && end == start;
        }

        for (var i = start; i < end; i++)
        {
            if (!allowed(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetterOrDigit(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

    private static bool IsHexDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
}
