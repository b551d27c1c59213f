using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace Postfix.Dsl.Tests.Reading;

/// <summary>
/// Random regexp(5) tables whose patterns are plain words, so that what a line means depends only
/// on how it is read: '!' negation, delimiters ('#' among them, which makes the line a comment),
/// the 'i' flag, actions with continuation lines and comments between them, and if/endif blocks
/// (keywords in either case).
/// </summary>
internal static class RandomRegexpTables
{
    public static readonly Gen<string> Word = Gen.String[Gen.Char["abc"], 1, 3];

    private static readonly Gen<string> Pattern = Gen.Select(Gen.OneOf("", "", "!", "! "), Gen.OneOf("/", "/", "|", "%", "#"), Word, Gen.OneOf("", "", "i"))
        .Select((negation, delimiter, word, flags) => negation + delimiter + word + delimiter + flags);

    private static readonly Gen<string> Action = Gen.Select(
            Gen.OneOf("REJECT", "DUNNO", "OK", "WARN", "HOLD"),
            Gen.String[Gen.Char["abcdefgh .,:-"], 0, 12],
            Gen.OneOf("", "", "\n  more text", "\n# a comment\n\tand more", "\n \n  after a blank line"))
        .Select((keyword, text, continuation) => (keyword + " " + text).TrimEnd() + continuation);

    private static readonly Gen<string> Rule = Gen.Select(Pattern, Gen.OneOf(" ", "\t", "   "), Action)
        .Select((pattern, blank, action) => pattern + blank + action + "\n");

    private static readonly Gen<string> Noise = Gen.OneOf("\n", "# comment\n", "   \n", "  # indented comment\n");

    /// <summary>Rules, noise, and if/endif blocks around some of them.</summary>
    private static Gen<string> Block(int depth) => depth == 0
        ? Gen.OneOf(Rule, Noise)
        : Gen.Frequency(
            (4, Rule),
            (1, Noise),
            (1, Gen.Select(Gen.OneOf("if", "IF"), Pattern, Block(depth - 1).Array[1, 3], Gen.OneOf("endif", "ENDIF"))
                .Select((open, pattern, body, close) => open + " " + pattern + "\n" + string.Concat(body) + close + "\n")));

    public static readonly Gen<string> Table = Block(2).Array[1, 8].Select(string.Concat);

    /// <summary>What Postfix answers for <paramref name="query"/>, from the reader's lines: the first rule whose pattern and enclosing ifs all match.</summary>
    public static string? Answer(IReadOnlyList<RegexpLine> lines, string query)
    {
        var open = new Stack<bool>();
        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case RegexpLineKind.If:
                    open.Push(Matches(line, query));
                    break;
                case RegexpLineKind.EndIf:
                    open.TryPop(out _);
                    break;
                default:
                    if (open.All(m => m) && Matches(line, query))
                    {
                        return line.Action;
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>A plain-word pattern: a substring test, ignoring case unless the 'i' flag is given (regexp(5) toggles it).</summary>
    private static bool Matches(RegexpLine line, string query)
    {
        var found = query.Contains(line.Pattern, line.Flags.Contains('i') ? System.StringComparison.Ordinal : System.StringComparison.OrdinalIgnoreCase);
        return found != line.Negated;
    }
}
