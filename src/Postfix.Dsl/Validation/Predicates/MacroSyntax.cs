namespace Postfix.Dsl;

/// <summary>
/// The <c>$</c> syntax of main.cf values, as Postfix's macro expander reads it: <c>$$</c>,
/// <c>$name</c>, <c>${name}</c>, <c>$(name)</c>, <c>${name?text}</c>, <c>${name:text}</c> and
/// <c>${{...} op {...} ? {...} : {...}}</c>. Anything else after a <c>$</c> — a trailing <c>$</c>,
/// <c>$ </c>, an unclosed <c>${</c> — makes every Postfix program stop with "macro processing error".
/// </summary>
internal static class MacroSyntax
{
    /// <summary>What is wrong with the first bad <c>$</c> of <paramref name="value"/>, or null.</summary>
    public static string? Problem(string value)
    {
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] != '$')
            {
                i++;
                continue;
            }

            if (i + 1 == value.Length)
            {
                return "ends with a lone '$'";
            }

            var next = value[i + 1];
            if (next == '$')
            {
                i += 2;
            }
            else if (IsNameChar(next))
            {
                i += 2;
                while (i < value.Length && IsNameChar(value[i]))
                {
                    i++;
                }
            }
            else if (next is '{' or '(')
            {
                var end = Close(value, i + 1);
                if (end < 0)
                {
                    return $"has an unclosed '${next}' at position {i}";
                }

                var isExpression = next == '{' && value[i + 2] == '{';
                if (!isExpression)
                {
                    var nameEnd = NameEnd(value, i + 2);
                    if (nameEnd == i + 2)
                    {
                        return $"has '${next}' without a parameter name at position {i}";
                    }

                    if (nameEnd != end && value[nameEnd] is not ('?' or ':'))
                    {
                        return $"has '{value[nameEnd]}' after the parameter name at position {nameEnd}; expected '{value[end]}', '?' or ':'";
                    }

                    if (nameEnd != end && Problem(value[(nameEnd + 1)..end]) is { } inner)
                    {
                        return inner;
                    }
                }

                i = end + 1;
            }
            else
            {
                return $"has '$' followed by '{next}' at position {i}, which is not a parameter reference";
            }
        }

        return null;
    }

    /// <summary>The index of the bracket that closes the one at <paramref name="open"/>, counting nested ones; -1 when there is none.</summary>
    internal static int Close(string value, int open)
    {
        var opening = value[open];
        var closing = opening == '{' ? '}' : ')';
        var depth = 0;
        for (var i = open; i < value.Length; i++)
        {
            if (value[i] == opening)
            {
                depth++;
            }
            else if (value[i] == closing && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static int NameEnd(string value, int start)
    {
        var end = start;
        while (end < value.Length && IsNameChar(value[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
