using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using Xunit;

namespace Postfix.Dsl.Tests.Reading;

/// <summary>
/// The table self-check reads logical lines as spans of a reused buffer (<see cref="LogicalLineVisitor"/>):
/// it must find exactly the lines, line numbers and problems that the string reader
/// (<see cref="LogicalLines"/>, the one judged against postconf and postmap) finds, however the file
/// arrives in pieces.
/// </summary>
public class LogicalLineVisitorTests
{
    /// <summary>Any text of the characters that make lines tricky: blanks, carriage returns, '#', no final newline.</summary>
    private static readonly Gen<string> RawText = Gen.String[Gen.Char[" \t\r\n#ab=,{}"], 0, 80];

    private static readonly Gen<string> Files = Gen.OneOf(RandomFiles.Table, RandomFiles.MainCf, RandomFiles.MasterCf, RawText);

    [Fact]
    public void Every_random_file_read_in_any_piece_size_gives_the_lines_and_problems_of_the_string_reader()
    {
        Gen.Select(Files, Gen.Int[1, 40]).Sample((text, piece) =>
        {
            var expectedProblems = new List<ReadProblem>();
            var expected = LogicalLines.Enumerate(new StringReader(text), expectedProblems).Select(l => (l.Text, l.Line)).ToList();

            var (lines, problems) = Visit(new PiecewiseReader(text, piece));

            Assert.Equal(expected, lines);
            Assert.Equal(expectedProblems, problems);
        }, iter: 3000);
    }

    [Fact]
    public void A_ten_thousand_line_table_with_lines_across_the_read_buffer_is_read_whole()
    {
        // Lines of every length from 1 to 300, so that many cross the visitor's 8 KB reads, with a
        // continuation line and a comment now and then.
        var text = string.Concat(Enumerable.Range(0, 10_000).Select(i =>
            $"key{i} {new string('v', i % 300)}\n" + (i % 97 == 0 ? "  continued\n" : string.Empty) + (i % 89 == 0 ? "# note\n" : string.Empty)));
        var expectedProblems = new List<ReadProblem>();
        var expected = LogicalLines.Enumerate(new StringReader(text), expectedProblems).Select(l => (l.Text, l.Line)).ToList();

        var (lines, problems) = Visit(new StringReader(text));

        Assert.Equal(10_000, lines.Count);
        Assert.Equal(expected, lines);
        Assert.Empty(problems);
        // key0 with its continuation and a comment (lines 1-3), key1-key88 (4-91), key89 and a comment
        // (92-93), key90-key96 (94-100): key97 starts on line 101, with its continuation joined.
        Assert.Equal(("key97 " + new string('v', 97) + "  continued", 101), lines[97]);
    }

    private static (List<(string Text, int Line)> Lines, List<ReadProblem> Problems) Visit(TextReader reader)
    {
        var lines = new List<(string Text, int Line)>();
        var problems = new List<ReadProblem>();
        LogicalLineVisitor.Visit(reader, problems, (text, line) => lines.Add((text.ToString(), line)));
        return (lines, problems);
    }

    /// <summary>A reader that hands over at most <paramref name="piece"/> characters per read, as a slow stream does.</summary>
    private sealed class PiecewiseReader(string text, int piece) : TextReader
    {
        private readonly StringReader _inner = new(text);

        public override int Read(char[] buffer, int index, int count) => _inner.Read(buffer, index, System.Math.Min(count, piece));
    }
}
