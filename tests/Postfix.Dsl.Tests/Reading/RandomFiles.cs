using System.Linq;
using CsCheck;

namespace Postfix.Dsl.Tests.Reading;

/// <summary>
/// Random main.cf, master.cf and table files built from the pieces that make Postfix's syntax
/// tricky: continuation lines, comment lines between them, blank lines, '#' inside text, '{' and
/// '}' balanced or not, commas, '=', tabs, repeated names. They are not our renderer's output:
/// they are what a human (or an attacker) might write.
/// </summary>
internal static class RandomFiles
{
    private static readonly Gen<string> Blank = Gen.OneOf(" ", "  ", "\t", " \t ");

    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.String[Gen.Char["abcdefgh.:/_@-"], 1, 8],
        Gen.OneOf("{", "}", "{ ", " }", "#", "#x", ",", ", ", "=", " = ", "a{b", "c}d", "{ a b }", "{a,b}", "$x", "é", "中"));

    /// <summary>Text on one physical line: pieces with blanks between some of them.</summary>
    private static readonly Gen<string> Text = Gen.Select(Piece, Blank.Array[0, 1]).Array[1, 6]
        .Select(parts => string.Concat(parts.Select(p => p.Item1 + string.Concat(p.Item2))));

    /// <summary>Lines that never start a logical line: comments, blank lines, continuations.</summary>
    private static readonly Gen<string> Interleaved = Gen.OneOf(
        Gen.Const(string.Empty),
        Blank,
        Text.Select(t => "#" + t),
        Gen.Select(Blank, Text).Select((b, t) => b + "#" + t),
        Gen.Select(Blank, Text).Select((b, t) => b + t));

    private static readonly Gen<string> MainCfName = Gen.OneOf(
        "myhostname", "mydestination", "relay_domains", "smtpd_banner", "mynetworks", "alias_maps",
        "smtpd_client_restrictions", "header_checks", "myorigin", "smtpd_relay_restrictions");

    /// <summary>A main.cf definition: name, blanks around '=', a value, and lines after it.</summary>
    private static readonly Gen<string> MainCfDefinition = Gen.Select(MainCfName, Blank.Array[0, 1], Blank.Array[0, 1], Text, Interleaved.Array[0, 3])
        .Select((name, before, after, value, rest) =>
            name + string.Concat(before) + "=" + string.Concat(after) + value + "\n" + string.Concat(rest.Select(r => r + "\n")));

    /// <summary>main.cf text: definitions (names repeat, so the last one must win) with comment and blank lines.</summary>
    public static readonly Gen<string> MainCf = Gen.Select(Gen.OneOf(Gen.Const(string.Empty), Text.Select(t => "# " + t + "\n")), MainCfDefinition.Array[1, 8])
        .Select((head, definitions) => head + string.Concat(definitions));

    private static readonly Gen<string> Flag = Gen.OneOf("y", "n", "-");

    /// <summary>
    /// Text without braces, for -o values and groups. (Braces inside an -o group are where postconf's
    /// own -F/-P printing stops being a reliable judge; main.cf and tables keep them.)
    /// </summary>
    private static readonly Gen<string> PlainText = Text.Select(t => t.Replace("{", "(").Replace("}", ")"));

    /// <summary>An option: -v, or an -o setting in either form, whose value may hold anything.</summary>
    private static readonly Gen<string> OptionWord = Gen.OneOf(
        Gen.Const("-v"),
        Gen.Select(Gen.String[Gen.Char["abcdefgh_"], 1, 8], PlainText).Select((n, v) => "-o " + n + "=" + string.Concat(v.Where(c => c is not (' ' or '\t')))),
        Gen.Select(Gen.String[Gen.Char["abcdefgh_"], 1, 8], Blank, PlainText, Blank).Select((n, b, v, c) => "-o {" + b + n + b + "=" + b + v + c + "}"));

    /// <summary>An ordinary argument (after the options): plain, grouped, or with a stray brace or '#'.</summary>
    private static readonly Gen<string> ArgumentWord = Gen.OneOf(
        Gen.String[Gen.Char["abcdefgh=_/."], 1, 8],
        PlainText.Select(t => "{ " + t + " }"),
        Gen.OneOf("{", "}", "a{b", "x}", "#y"));

    /// <summary>Command words as a service writes them: options first, then arguments.</summary>
    private static readonly Gen<string[]> CommandWords = Gen.Select(OptionWord.Array[0, 3], ArgumentWord.Array[0, 4])
        .Select((options, arguments) => options.Concat(arguments).ToArray());

    private static readonly Gen<string> Fields = Gen.Select(
            Gen.String[Gen.Char["abcdefgh"], 1, 6], Gen.OneOf("unix", "inet", "pass"), Flag, Flag, Flag, Gen.OneOf("-", "60", "300?"), Gen.OneOf("-", "1", "100"))
        .Select((service, type, p, u, c, w, m) => $"{service}\t{type} {p} {u} {c} {w} {m} smtpd");

    private static readonly Gen<string> MasterCfEntry = Gen.Select(
            Fields, Gen.Select(CommandWords, Gen.Bool.Array[7]), Interleaved.Where(l => l.Length == 0 || l.TrimStart().StartsWith('#')).Array[0, 2])
        .Select((fields, words, comments) =>
            fields
            + string.Concat(words.Item1.Select((word, i) => (words.Item2[i] ? "\n  " : " ") + word))
            + "\n" + string.Concat(comments.Select(l => l + "\n")));

    /// <summary>master.cf text.</summary>
    public static readonly Gen<string> MasterCf = MasterCfEntry.Array[1, 5].Select(string.Concat);

    /// <summary>A table line: a key (sometimes starting with '#'), blanks, a value, and what may follow.</summary>
    private static readonly Gen<string> TableEntry = Gen.Select(
            Gen.OneOf(Gen.String[Gen.Char["abcdefgh@.-"], 1, 10], Gen.String[Gen.Char["ABCDabcd"], 1, 4], Gen.OneOf("#k", "k#", "{k}", "{", "k:")),
            Blank, Text, Interleaved.Array[0, 2])
        .Select((key, blank, value, rest) => key + blank + value + "\n" + string.Concat(rest.Select(r => r + "\n")));

    /// <summary>Literal-key table text (access, transport).</summary>
    public static readonly Gen<string> Table = TableEntry.Array[1, 10].Select(string.Concat);
}
