using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;

namespace Postfix.Dsl;

/// <summary>Rows a template can hand to <c>write_rows</c> to have them written without a template evaluation each.</summary>
internal interface IRows
{
    /// <summary>Writes every row, each followed by a newline.</summary>
    void WriteTo(TextWriter writer);
}

/// <summary>A row's text as the template would write it (<c>{{ row.line }}</c>).</summary>
internal interface IRowView
{
    string Line { get; }
}

/// <summary>
/// The repeated rows of a file (table entries, rules): a list of row views for a template's
/// <c>for</c> loop, made one at a time, and a compiled fast path for <c>{{ write_rows rows }}</c>
/// that writes exactly the same bytes straight to the output. A million-entry table costs one
/// template call, no view objects and no intermediate strings.
/// </summary>
internal sealed class Rows<T>(int count, Func<int, T> view, Action<int, TextWriter> write) : IReadOnlyList<T>, IRows
    where T : IRowView
{
    public int Count => count;

    public T this[int index] => view(index);

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return view(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void WriteTo(TextWriter writer)
    {
        for (var i = 0; i < count; i++)
        {
            write(i, writer);
        }
    }
}

/// <summary>Writes aligned two-column rows without building the padded string (same bytes as <see cref="Alignment.TwoColumns"/>).</summary>
internal static class RowText
{
    private static readonly string Spaces = new(' ', 64);

    /// <summary><paramref name="first"/> padded to <paramref name="width"/>, a space, <paramref name="second"/>, then a space and <paramref name="third"/> when given (the rest of the second column), a newline.</summary>
    public static void TwoColumns(TextWriter writer, string first, int width, string second, string? third = null)
    {
        var length = Math.Max(first.Length, width) + 1 + second.Length + (third is null ? 0 : 1 + third.Length) + 1;
        if (length > 1024)
        {
            WritePieces(writer, first, width, second, third);
            return;
        }

        // The row is put together on the stack and handed over in one call (five writes per row through
        // two writers cost more than the formatting).
        Span<char> row = stackalloc char[length];
        first.AsSpan().CopyTo(row);
        var at = first.Length;
        while (at < width)
        {
            row[at++] = ' ';
        }

        row[at++] = ' ';
        second.AsSpan().CopyTo(row[at..]);
        at += second.Length;
        if (third is not null)
        {
            row[at++] = ' ';
            third.AsSpan().CopyTo(row[at..]);
            at += third.Length;
        }

        row[at] = '\n';
        writer.Write(row);
    }

    /// <summary><paramref name="first"/> and a newline, then each of <paramref name="continuation"/> indented by <paramref name="indent"/> and a newline (a main.cf parameter, a master.cf service).</summary>
    public static void WithContinuations(TextWriter writer, string first, string indent, IReadOnlyList<string> continuation)
    {
        writer.Write(first);
        writer.Write('\n');
        foreach (var line in continuation)
        {
            writer.Write(indent);
            writer.Write(line);
            writer.Write('\n');
        }
    }

    /// <summary>The same lines as <see cref="WithContinuations(TextWriter, string, string, IReadOnlyList{string})"/>, as one string without the last newline.</summary>
    public static string WithContinuations(string first, string indent, IReadOnlyList<string> continuation)
    {
        var text = new StringWriter { NewLine = "\n" };
        WithContinuations(text, first, indent, continuation);
        return text.ToString()[..^1];
    }

    private static void WritePieces(TextWriter writer, string first, int width, string second, string? third)
    {
        writer.Write(first);
        for (var pad = width - first.Length; pad > 0; pad -= Spaces.Length)
        {
            writer.Write(Spaces.AsSpan(0, Math.Min(pad, Spaces.Length)));
        }

        writer.Write(' ');
        writer.Write(second);
        if (third is not null)
        {
            writer.Write(' ');
            writer.Write(third);
        }

        writer.Write('\n');
    }
}
