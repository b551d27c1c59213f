using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// How Postfix splits text into words: on runs of separators, except inside <c>{ }</c> (its
/// <c>mystrtokq()</c>), and how it ungroups a word written <c>{ text }</c> (its <c>extpar()</c>).
/// A <c>{</c> anywhere in a word opens a group, so an unbalanced one runs to the end of the text.
/// </summary>
public static class PostfixWords
{
    /// <summary>The separators of lists in main.cf (commas and blanks).</summary>
    public const string ListSeparators = ", \t\r\n";

    /// <summary>The separators of master.cf fields and command words, and of table keys and values.</summary>
    public const string Blanks = " \t\r\n";

    /// <summary>Splits <paramref name="text"/> into words like <c>mystrtokq(text, separators, "{}")</c>; groups keep their braces.</summary>
    public static IReadOnlyList<string> Split(string text, string separators)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && separators.IndexOf(text[i]) >= 0)
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            var start = i;
            var level = 0;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '{')
                {
                    level++;
                }
                else if (level > 0 && c == '}')
                {
                    level--;
                }
                else if (level == 0 && separators.IndexOf(c) >= 0)
                {
                    break;
                }
            }

            words.Add(text[start..i]);
        }

        return words;
    }

    /// <summary>
    /// A word written <c>{ text }</c> as Postfix uses it: the outer braces removed and the blanks
    /// inside trimmed. A word that does not start with <c>{</c> is returned as is. When the braces
    /// do not balance, or text follows the closing one, <paramref name="error"/> says so (Postfix warns or stops).
    /// </summary>
    public static string Ungroup(string word, out string? error)
    {
        error = null;
        if (word.Length == 0 || word[0] != '{')
        {
            return word;
        }

        var length = BalancedLength(word);
        string inner;
        if (length == 0)
        {
            error = $"missing '}}' in \"{word}\"";
            inner = word[1..];
        }
        else
        {
            if (length != word.Length)
            {
                error = $"syntax error after '}}' in \"{word}\"";
            }

            inner = word[1..(length - 1)];
        }

        return LogicalLines.TrimBlanks(inner);
    }

    /// <summary>The length of the balanced group at the start of <paramref name="text"/>, or 0 when it never closes (Postfix's <c>balpar()</c>).</summary>
    private static int BalancedLength(string text)
    {
        var level = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                level++;
            }
            else if (text[i] == '}' && --level == 0)
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Splits <c>name = value</c> as Postfix's <c>split_nameval()</c>: the name ends at a blank or
    /// <c>=</c>; blanks around <c>=</c> and at the value's end are dropped. Null with
    /// <paramref name="error"/> when there is no name or no <c>=</c>.
    /// </summary>
    public static (string Name, string Value)? SplitNameValue(string text, out string? error)
    {
        error = null;
        var i = 0;
        while (i < text.Length && LogicalLines.IsBlank(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            error = "missing attribute name";
            return null;
        }

        var nameStart = i;
        while (i < text.Length && !LogicalLines.IsBlank(text[i]) && text[i] != '=')
        {
            i++;
        }

        var name = text[nameStart..i];
        while (i < text.Length && LogicalLines.IsBlank(text[i]))
        {
            i++;
        }

        if (i == text.Length || text[i] != '=')
        {
            error = "missing '=' after attribute name";
            return null;
        }

        return (name, LogicalLines.TrimBlanks(text[(i + 1)..]));
    }

    /// <summary>The first word of <paramref name="text"/> split on <paramref name="separators"/> without grouping (<c>mystrtok()</c>), and the text after it; null when there is none.</summary>
    public static (string Word, string Remainder)? SplitFirst(string text, string separators)
    {
        var start = 0;
        while (start < text.Length && separators.IndexOf(text[start]) >= 0)
        {
            start++;
        }

        if (start == text.Length)
        {
            return null;
        }

        var end = start;
        while (end < text.Length && separators.IndexOf(text[end]) < 0)
        {
            end++;
        }

        return (text[start..end], end < text.Length ? text[(end + 1)..] : string.Empty);
    }
}
