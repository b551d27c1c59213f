namespace Postfix.Dsl;

/// <summary>
/// Where an SQL table query puts the key. Postfix escapes the key's quotes and backslashes for an SQL
/// string but adds no quotes of its own, so a key expansion outside single quotes is read as SQL: a
/// recipient such as <c>"x OR 1=1"@example.org</c> rewrites the query. PFX0327.
/// </summary>
internal static class SqlKeyQuoting
{
    /// <summary>The first key expansion (<c>%s</c>, <c>%u</c>, <c>%d</c>, <c>%1</c>…<c>%9</c>, upper-case forms) outside a single-quoted string; null when there is none.</summary>
    public static string? UnquotedExpansion(string query)
    {
        var quoted = false;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '\'')
            {
                // A doubled quote inside a string toggles twice: the string goes on.
                quoted = !quoted;
            }
            else if (c == '%' && i + 1 < query.Length)
            {
                var next = query[i + 1];
                if (next is 's' or 'u' or 'd' or 'S' or 'U' or 'D' or (>= '1' and <= '9'))
                {
                    if (!quoted)
                    {
                        return "%" + next;
                    }

                    i++;
                }
                else if (next == '%')
                {
                    i++;
                }
            }
        }

        return null;
    }
}
