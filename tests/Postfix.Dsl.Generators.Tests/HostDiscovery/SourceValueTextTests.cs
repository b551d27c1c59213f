using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Postfix.Dsl.Generators.HostDiscovery;
using Xunit;

namespace Postfix.Dsl.Generators.Tests.HostDiscovery;

public class SourceValueTextTests
{
    // Characters the format uses as punctuation, and some it must carry untouched.
    private const string Alphabet = ",:-\n\r\0\"\\ 0123456789abcXYZé\u00a0\ud83d\ude00";

    [Fact]
    public void Any_values_come_back_exactly_as_written()
    {
        var random = new Random(20261204);
        for (var round = 0; round < 2000; round++)
        {
            var values = Enumerable.Range(0, random.Next(0, 6)).Select(_ => (
                Path: string.Join(".", Enumerable.Range(0, random.Next(1, 4)).Select(_ => "P" + random.Next(100))),
                Value: random.Next(4) == 0 ? null : Text(random, random.Next(0, 12)),
                Line: random.Next(1, 100_000),
                Column: random.Next(1, 5_000))).ToList();

            var decoded = SourceValueText.Decode(SourceValueText.Encode(values));

            Assert.Equal(values, decoded);
        }
    }

    [Fact]
    public void The_text_is_one_line_per_value_with_the_value_taken_by_its_length()
    {
        var text = SourceValueText.Encode([("MainCf", null, 9, 18), ("MainCf.SmtpdBanner", "a,b\nc", 11, 27)]);

        Assert.Equal("9,18,MainCf,-:\n11,27,MainCf.SmtpdBanner,5:a,b\nc\n", text);
    }

    [Theory]
    [InlineData("9,18,MainCf,-:", 14, "'\\n'")]
    [InlineData("9,18,MainCf,6:abc\n", 14, "a value of 6 characters")]
    [InlineData("9,x,MainCf,-:\n", 2, "a number")]
    [InlineData("9,18,MainCf", 5, "a model path followed by ','")]
    [InlineData("9,18,MainCf,3:abcd\n", 17, "'\\n'")]
    public void Malformed_text_is_refused_with_the_offset_and_what_was_expected(string text, int offset, string expected)
    {
        var error = Assert.Throws<FormatException>(() => SourceValueText.Decode(text));

        Assert.Contains($"at offset {offset} of {text.Length}: expected {expected}.", error.Message);
        Assert.Contains("rebuild it", error.Message);
    }

    [Fact]
    public void A_path_with_a_comma_is_refused_when_written()
    {
        var error = Assert.Throws<ArgumentException>(() => SourceValueText.Encode([("Main,Cf", null, 1, 1)]));

        Assert.Contains("\"Main,Cf\"", error.Message);
    }

    private static string Text(Random random, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            var at = random.Next(Alphabet.Length);
            // A surrogate pair is written whole, never half of it.
            text.Append(char.IsHighSurrogate(Alphabet[at]) ? Alphabet.Substring(at, 2) : char.IsLowSurrogate(Alphabet[at]) ? Alphabet.Substring(at - 1, 2) : Alphabet[at].ToString());
        }

        return text.ToString();
    }
}
