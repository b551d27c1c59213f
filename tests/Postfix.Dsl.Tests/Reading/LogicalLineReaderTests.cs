using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using Xunit;

namespace Postfix.Dsl.Tests.Reading;

/// <summary>
/// The one implementation of Postfix's line grammar (<see cref="LogicalLineReader"/>), which the readers
/// (through <see cref="LogicalLines"/>) and the table self-check both read with: held to the grammar as
/// Postfix's <c>readlline()</c> states it, written out here plainly on the whole text, however the file
/// arrives in pieces. The readers built on it are judged against postconf and postmap elsewhere.
/// </summary>
public class LogicalLineReaderTests
{
    /// <summary>Any text of the characters that make lines tricky: blanks, carriage returns, '#', no final newline.</summary>
    private static readonly Gen<string> RawText = Gen.String[Gen.Char[" \t\r\n\v\f#ab=,{}"], 0, 80];

    private static readonly Gen<string> Files = Gen.OneOf(RandomFiles.Table, RandomFiles.MainCf, RandomFiles.MasterCf, RawText);

    [Fact]
    public void Every_random_file_read_in_any_piece_size_gives_the_lines_and_problems_of_the_grammar()
    {
        Gen.Select(Files, Gen.Int[1, 40]).Sample((text, piece) =>
        {
            var (expected, expectedProblems) = Grammar(text);

            var (lines, problems) = Read(new PiecewiseReader(text, piece));

            Assert.Equal(expected, lines);
            Assert.Equal(expectedProblems, problems);
        }, iter: 3000);
    }

    [Fact]
    public void The_string_reader_gives_the_same_lines_as_strings()
    {
        Files.Sample(text =>
        {
            var (expected, expectedProblems) = Grammar(text);
            var problems = new List<ReadProblem>();

            var lines = LogicalLines.Read(text, problems).Select(l => (l.Text, l.Line)).ToList();

            Assert.Equal(expected, lines);
            Assert.Equal(expectedProblems, problems);
        }, iter: 1000);
    }

    [Fact]
    public void A_ten_thousand_line_table_with_lines_across_the_read_buffer_is_read_whole()
    {
        // Lines of every length from 1 to 300, so that many cross the reader's 8 KB reads, with a
        // continuation line and a comment now and then.
        var text = string.Concat(Enumerable.Range(0, 10_000).Select(i =>
            $"key{i} {new string('v', i % 300)}\n" + (i % 97 == 0 ? "  continued\n" : string.Empty) + (i % 89 == 0 ? "# note\n" : string.Empty)));
        var (expected, _) = Grammar(text);

        var (lines, problems) = Read(new StringReader(text));

        Assert.Equal(10_000, lines.Count);
        Assert.Equal(expected, lines);
        Assert.Empty(problems);
        // key0 with its continuation and a comment (lines 1-3), key1-key88 (4-91), key89 and a comment
        // (92-93), key90-key96 (94-100): key97 starts on line 101, with its continuation joined.
        Assert.Equal(("key97 " + new string('v', 97) + "  continued", 101), lines[97]);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("\n\n", 0)]
    [InlineData("a", 1)]
    [InlineData("a\r\n", 1)]
    [InlineData("a\n b\nc", 2)]
    public void Edges_of_a_file(string text, int count)
    {
        var (lines, _) = Read(new StringReader(text));

        Assert.Equal(count, lines.Count);
        Assert.Equal(Grammar(text).Lines, lines);
    }

    /// <summary>
    /// Postfix's grammar on the whole text: physical lines end at a newline only (text after the last
    /// one is a last line); empty, blank and comment lines are dropped; a line starting with a blank
    /// (C's isspace) continues the previous logical line, or is dropped with a problem.
    /// </summary>
    private static (List<(string Text, int Line)> Lines, List<ReadProblem> Problems) Grammar(string text)
    {
        var physical = text.Split('\n').ToList();
        if (physical[^1].Length == 0)
        {
            physical.RemoveAt(physical.Count - 1); // nothing after the last newline is no line
        }

        var lines = new List<(string Text, int Line)>();
        var problems = new List<ReadProblem>();
        string? current = null;
        var start = 0;
        for (var i = 0; i < physical.Count; i++)
        {
            var line = physical[i];
            var content = line.TrimStart(' ', '\t', '\n', '\v', '\f', '\r');
            if (content.Length == 0 || content[0] == '#')
            {
                continue;
            }

            if (content.Length < line.Length)
            {
                if (current is null)
                {
                    problems.Add(new ReadProblem(i + 1, "a continuation line that continues no text is ignored", line));
                }
                else
                {
                    current += line;
                }

                continue;
            }

            if (current is not null)
            {
                lines.Add((current, start));
            }

            current = line;
            start = i + 1;
        }

        if (current is not null)
        {
            lines.Add((current, start));
        }

        return (lines, problems);
    }

    private static (List<(string Text, int Line)> Lines, List<ReadProblem> Problems) Read(TextReader reader)
    {
        var lines = new List<(string Text, int Line)>();
        var problems = new List<ReadProblem>();
        using var logical = new LogicalLineReader(reader, problems);
        while (logical.Next())
        {
            lines.Add((logical.Current.ToString(), logical.Line));
        }

        return (lines, problems);
    }

    /// <summary>A reader that hands over at most <paramref name="piece"/> characters per read, as a slow stream does.</summary>
    private sealed class PiecewiseReader(string text, int piece) : TextReader
    {
        private readonly StringReader _inner = new(text);

        public override int Read(char[] buffer, int index, int count) => _inner.Read(buffer, index, System.Math.Min(count, piece));
    }
}
