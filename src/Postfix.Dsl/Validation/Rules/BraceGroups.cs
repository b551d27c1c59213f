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
            if (value[i] != '{' || (i > 0 && value[i - 1] is not (' ' or '\t' or ',')))
            {
                continue;
            }

            var end = MacroSyntax.Close(value, i);
            if (end < 0)
            {
                return $"opens a {{ group at position {i} that is never closed";
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
