using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Postfix.Dsl;

/// <summary>
/// Splits text into physical lines the way Postfix does: only a newline ends a line (a carriage
/// return stays part of it, unlike <see cref="TextReader.ReadLine"/>); text after the last newline
/// is a last line, and nothing after it is no line.
/// </summary>
internal static class PhysicalLines
{
    public static IEnumerable<string> Read(TextReader reader)
    {
        // Rented, not allocated: the emit's self-check reads every file of every host through here.
        var buffer = ArrayPool<char>.Shared.Rent(8 * 1024);
        try
        {
            StringBuilder? pending = null;
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                var start = 0;
                for (var end = System.Array.IndexOf(buffer, '\n', 0, read); end >= 0; end = System.Array.IndexOf(buffer, '\n', start, read - start))
                {
                    if (pending is { Length: > 0 })
                    {
                        pending.Append(buffer, start, end - start);
                        yield return pending.ToString();
                        pending.Clear();
                    }
                    else
                    {
                        yield return new string(buffer, start, end - start);
                    }

                    start = end + 1;
                    if (start >= read)
                    {
                        break;
                    }
                }

                if (start < read)
                {
                    (pending ??= new StringBuilder()).Append(buffer, start, read - start);
                }
            }

            if (pending is { Length: > 0 })
            {
                yield return pending.ToString();
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
