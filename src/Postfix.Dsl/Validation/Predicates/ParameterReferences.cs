using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// The <c>$name</c> references in a main.cf value, as Postfix expands them: <c>$name</c> (the name
/// runs as long as letters, digits and '_' follow), <c>${name}</c>, <c>$(name)</c>, and the
/// conditional forms <c>${name?text}</c> / <c>${name:text}</c>; <c>$$</c> is a literal dollar.
/// </summary>
internal static class ParameterReferences
{
    public static IEnumerable<string> In(string value)
    {
        for (var i = 0; i < value.Length - 1; i++)
        {
            if (value[i] != '$')
            {
                continue;
            }

            var next = value[i + 1];
            if (next == '$')
            {
                i++;
                continue;
            }

            var start = next is '{' or '(' ? i + 2 : i + 1;
            var end = start;
            while (end < value.Length && (char.IsAsciiLetterOrDigit(value[end]) || value[end] == '_'))
            {
                end++;
            }

            if (end > start)
            {
                yield return value[start..end];
            }

            i = end - 1;
        }
    }
}
