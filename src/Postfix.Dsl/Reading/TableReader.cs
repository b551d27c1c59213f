using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>One <c>key value</c> entry of a literal-key table (access, transport, cidr, ...), as postmap reads it.</summary>
/// <param name="Key">The key as written (postmap folds it to lower case for hash, lmdb, cdb and texthash).</param>
/// <param name="Value">The value: everything after the blanks that follow the key, continuation lines joined, trailing blanks dropped.</param>
/// <param name="Line">The physical line where the entry starts.</param>
public sealed record TableEntryLine(string Key, string Value, int Line);

/// <summary>A literal-key table as postmap reads it.</summary>
/// <param name="Entries">Entries in file order.</param>
/// <param name="Problems">Lines postmap ignores with a warning.</param>
public sealed record TableFile(IReadOnlyList<TableEntryLine> Entries, IReadOnlyList<ReadProblem> Problems);

/// <summary>
/// Reads a literal-key table exactly as postmap does: logical lines, the key up to the first blank,
/// the value after the blanks that follow, trailing blanks dropped; a line without a value is ignored.
/// </summary>
public static class TableReader
{
    /// <summary>Reads <paramref name="text"/>; never throws.</summary>
    public static TableFile Read(string text)
    {
        var problems = new List<ReadProblem>();
        var entries = Enumerate(new StringReader(text), problems).ToList();
        return new TableFile(entries, problems);
    }

    /// <summary>The entries of <paramref name="reader"/> one at a time (constant memory); ignored lines go to <paramref name="problems"/>.</summary>
    internal static IEnumerable<TableEntryLine> Enumerate(TextReader reader, List<ReadProblem> problems)
    {
        foreach (var line in LogicalLines.Enumerate(reader, problems))
        {
            if (Split(line, problems) is var (keyEnd, valueStart, valueEnd))
            {
                yield return new TableEntryLine(line.Text[..keyEnd], line.Text[valueStart..valueEnd], line.Line);
            }
        }
    }

    /// <summary>
    /// Where the key and the value of <paramref name="line"/> are, as postmap splits it: the key up to
    /// the first blank, the value after the blanks that follow, trailing blanks dropped. Null (and a
    /// problem) for a line without a key or a value. The emit's self-check compares these spans with
    /// the model without making strings of them.
    /// </summary>
    internal static (int KeyEnd, int ValueStart, int ValueEnd)? Split(LogicalLine line, List<ReadProblem> problems) =>
        Split(line.Text, line.Line, problems);

    /// <summary>The same for a logical line's <paramref name="text"/> starting at physical line <paramref name="line"/>.</summary>
    internal static (int KeyEnd, int ValueStart, int ValueEnd)? Split(ReadOnlySpan<char> text, int line, List<ReadProblem> problems)
    {
        var keyEnd = text.IndexOfAny(PostfixWords.Blanks);
        if (keyEnd < 0)
        {
            keyEnd = text.Length;
        }

        var valueStart = keyEnd;
        var valueEnd = text.Length;
        while (valueStart < valueEnd && LogicalLines.IsBlank(text[valueStart]))
        {
            valueStart++;
        }

        while (valueEnd > valueStart && LogicalLines.IsBlank(text[valueEnd - 1]))
        {
            valueEnd--;
        }

        if (keyEnd == 0 || valueEnd == valueStart)
        {
            problems.Add(new ReadProblem(line, "expected format: key whitespace value -- the line is ignored", text.ToString()));
            return null;
        }

        return (keyEnd, valueStart, valueEnd);
    }
}
