namespace Postfix.Dsl;

/// <summary>
/// Postfix reads a word that starts with <c>{</c> as a group that runs to the matching <c>}</c>
/// (main.cf lists, master.cf arguments); postconf warns "missing '}'" for any value with such a
/// word left open, whatever the parameter.
/// </summary>
internal static class BraceGroups
{
    /// <summary>What is wrong with the first unclosed group of <paramref name="value"/>, or null.</summary>
    public static string? Problem(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            // A $name expression (${name?{text}:{text}}, $(name)) is Postfix's macro syntax, not a group: skip it whole.
            if (value[i] == '$' && i + 1 < value.Length && value[i + 1] is '{' or '(')
            {
                var close = MacroSyntax.Close(value, i + 1);
                if (close < 0)
                {
                    break;
                }

                i = close;
                continue;
            }

            if (value[i] != '{' || (i > 0 && value[i - 1] is not (' ' or '\t' or ',')))
            {
                continue;
            }

            var end = MacroSyntax.Close(value, i);
            if (end < 0)
            {
                return $"opens a {{ group at position {i} that is never closed";
            }

            // The group is the whole word: text right after its } makes postconf warn
            // "syntax error after '}'" and drop that text (found by the hostile property test).
            if (end + 1 < value.Length && value[end + 1] is not (' ' or '\t' or ','))
            {
                return $"has text right after the }} at position {end} that closes the {{ group opened at position {i}";
            }

            i = end;
        }

        return null;
    }

    /// <summary>
    /// True when every <c>{</c> of <paramref name="word"/> is closed by a later <c>}</c> and no <c>}</c>
    /// closes nothing. Postfix's tokenizer counts a <c>{</c> anywhere in a master.cf word, so an
    /// unbalanced one swallows the words after it, and a stray <c>}</c> ends a <c>{ name = value }</c> early;
    /// a balanced <c>${name}</c> stays one word.
    /// </summary>
    public static bool AreBalanced(string word)
    {
        var level = 0;
        foreach (var c in word)
        {
            if (c == '{')
            {
                level++;
            }
            else if (c == '}' && --level < 0)
            {
                return false;
            }
        }

        return level == 0;
    }
}
