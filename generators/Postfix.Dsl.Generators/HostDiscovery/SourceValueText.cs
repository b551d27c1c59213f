using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Postfix.Dsl.Generators.HostDiscovery;

/// <summary>
/// The text in which the generated registry hands over where a host sets its values: one string
/// literal per host. Compiled into the generator (which writes it) and the library (which reads it),
/// so the format has one definition.
/// </summary>
/// <remarks>
/// <para>
/// Why text: the registry used to build an array of <c>new SourceValue(path, value, line, column)</c>,
/// and the compiler bound, flow-analysed and emitted every construction on every build, and more with
/// every literal a host sets: for the sample host, 10 ms per compilation in a harness that compiles
/// as the compiler server does (where the analyzers and the emit each bind it). One string literal
/// costs the compiler next to nothing; reading it back costs the emitter microseconds.
/// </para>
/// <para>
/// Format: one record per value, each ending in a line feed:
/// <c>line,column,path,length:value</c>, where <c>length</c> is the value's length in UTF-16 code
/// units, or <c>-</c> for no value (the whole assignment). The value is taken by its length, so it
/// may hold any character, line feeds and commas included. A path is member names joined by dots,
/// so it never holds a comma.
/// </para>
/// </remarks>
internal static class SourceValueText
{
    /// <summary>Writes <paramref name="values"/> in the registry's text.</summary>
    public static string Encode(IEnumerable<(string Path, string? Value, int Line, int Column)> values)
    {
        var text = new StringBuilder();
        foreach (var (path, value, line, column) in values)
        {
            if (path.IndexOf(',') >= 0 || path.IndexOf('\n') >= 0)
            {
                throw new ArgumentException($"A model path holds no comma or line feed; got \"{path}\".", nameof(values));
            }

            text.Append(line.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(column.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(path).Append(',');
            if (value is null)
            {
                text.Append('-').Append(':');
            }
            else
            {
                text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads the registry's text back; a <see cref="FormatException"/> names the offset and what was expected there.</summary>
    public static List<(string Path, string? Value, int Line, int Column)> Decode(string text)
    {
        var values = new List<(string Path, string? Value, int Line, int Column)>();
        var at = 0;
        while (at < text.Length)
        {
            var line = Number(text, ref at, ',');
            var column = Number(text, ref at, ',');
            var comma = text.IndexOf(',', at);
            if (comma < 0)
            {
                throw Malformed(text, at, "a model path followed by ','");
            }

            var path = text.Substring(at, comma - at);
            at = comma + 1;
            string? value = null;
            if (at < text.Length && text[at] == '-')
            {
                at++;
                Expect(text, ref at, ':');
            }
            else
            {
                var length = Number(text, ref at, ':');
                if (length > text.Length - at)
                {
                    throw Malformed(text, at, $"a value of {length} characters");
                }

                value = text.Substring(at, length);
                at += length;
            }

            Expect(text, ref at, '\n');
            values.Add((path, value, line, column));
        }

        return values;
    }

    private static int Number(string text, ref int at, char end)
    {
        var start = at;
        var number = 0;
        while (at < text.Length && text[at] >= '0' && text[at] <= '9' && at - start < 9)
        {
            number = (number * 10) + (text[at] - '0');
            at++;
        }

        if (at == start)
        {
            throw Malformed(text, at, "a number");
        }

        Expect(text, ref at, end);
        return number;
    }

    private static void Expect(string text, ref int at, char expected)
    {
        if (at >= text.Length || text[at] != expected)
        {
            throw Malformed(text, at, $"'{(expected == '\n' ? "\\n" : expected.ToString())}'");
        }

        at++;
    }

    private static FormatException Malformed(string text, int at, string expected) =>
        new($"The generated registry's source values are malformed at offset {at} of {text.Length}: expected {expected}. "
            + "The project was compiled by another version of the Postfix.Dsl generator than the library it runs with; rebuild it.");
}
