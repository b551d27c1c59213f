using System.Collections.Generic;
using System.Text;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// Splits a value the way Postfix splits lists: on commas and whitespace, where <c>{ ... }</c>
/// groups one item (braces and the blanks inside them removed). Written from postconf(5), not from our renderer.
/// </summary>
internal static class PostfixLists
{
    public static IReadOnlyList<string> Split(string value)
    {
        var items = new List<string>();
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c is ',' or ' ' or '\t')
            {
                i++;
                continue;
            }

            if (c == '{')
            {
                var depth = 0;
                var start = i;
                for (; i < value.Length; i++)
                {
                    if (value[i] == '{')
                    {
                        depth++;
                    }
                    else if (value[i] == '}' && --depth == 0)
                    {
                        break;
                    }
                }

                items.Add(value[(start + 1)..i].Trim());
                i++;
                continue;
            }

            var word = new StringBuilder();
            while (i < value.Length && value[i] is not (',' or ' ' or '\t'))
            {
                word.Append(value[i++]);
            }

            items.Add(word.ToString());
        }

        return items;
    }
}
