using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;

namespace Postfix.Dsl;

/// <summary>Receives one logical line: its text, valid only during the call, and the physical line where it starts (1-based).</summary>
internal delegate void LogicalLineAction(ReadOnlySpan<char> text, int line);

/// <summary>
/// The logical lines of a file exactly as <see cref="LogicalLines.Enumerate"/> finds them, each handed
/// over as a span of a reused buffer instead of a string. A table's self-check compares every line
/// with the model in place: for the 10,000-entry access table a fleet's first host reads back in full,
/// making a string of each line was nearly all of the check's time, and the rest of that host waited for it.
/// </summary>
internal static class LogicalLineVisitor
{
    /// <summary>Hands every logical line of <paramref name="reader"/> to <paramref name="action"/>, in order; continuation lines that continue nothing go to <paramref name="problems"/>.</summary>
    public static void Visit(TextReader reader, List<ReadProblem>? problems, LogicalLineAction action)
    {
        var chunk = ArrayPool<char>.Shared.Rent(8 * 1024);
        var state = new State(problems, action);
        try
        {
            int read;
            while ((read = reader.Read(chunk, 0, chunk.Length)) > 0)
            {
                // Only a newline ends a physical line (as PhysicalLines reads them); a line that goes on
                // past the chunk is gathered in Pending.
                var from = 0;
                for (var end = Array.IndexOf(chunk, '\n', 0, read); end >= 0; end = Array.IndexOf(chunk, '\n', from, read - from))
                {
                    if (state.Pending.Length > 0)
                    {
                        state.Pending.Append(chunk.AsSpan(from, end - from));
                        state.Physical(state.Pending.Span);
                        state.Pending.Clear();
                    }
                    else
                    {
                        state.Physical(chunk.AsSpan(from, end - from));
                    }

                    from = end + 1;
                    if (from >= read)
                    {
                        break;
                    }
                }

                if (from < read)
                {
                    state.Pending.Append(chunk.AsSpan(from, read - from));
                }
            }

            if (state.Pending.Length > 0)
            {
                state.Physical(state.Pending.Span);
            }

            state.Finish();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chunk);
            state.Return();
        }
    }

    /// <summary>The logical line being assembled, as <see cref="LogicalLines.Enumerate"/> assembles it.</summary>
    private sealed class State(List<ReadProblem>? problems, LogicalLineAction action)
    {
        private readonly Chars _current = new();
        private bool _hasCurrent;
        private int _start;
        private int _number;

        public Chars Pending { get; } = new();

        public void Physical(ReadOnlySpan<char> physical)
        {
            _number++;
            var first = LogicalLines.FirstNonBlank(physical);
            if (first < 0 || physical[first] == '#')
            {
                return;
            }

            if (first > 0)
            {
                if (_hasCurrent)
                {
                    _current.Append(physical);
                }
                else
                {
                    problems?.Add(new ReadProblem(_number, "a continuation line that continues no text is ignored", physical.ToString()));
                }

                return;
            }

            Finish();
            _current.Clear();
            _current.Append(physical);
            _hasCurrent = true;
            _start = _number;
        }

        /// <summary>Hands over the line being assembled, if any.</summary>
        public void Finish()
        {
            if (_hasCurrent)
            {
                _hasCurrent = false;
                action(_current.Span, _start);
            }
        }

        public void Return()
        {
            _current.Return();
            Pending.Return();
        }
    }

    /// <summary>A growable text buffer rented from the shared pool.</summary>
    private sealed class Chars
    {
        private char[] _chars = ArrayPool<char>.Shared.Rent(256);

        public int Length { get; private set; }

        public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

        public void Append(ReadOnlySpan<char> text)
        {
            if (Length + text.Length > _chars.Length)
            {
                var bigger = ArrayPool<char>.Shared.Rent(Math.Max(Length + text.Length, _chars.Length * 2));
                _chars.AsSpan(0, Length).CopyTo(bigger);
                ArrayPool<char>.Shared.Return(_chars);
                _chars = bigger;
            }

            text.CopyTo(_chars.AsSpan(Length));
            Length += text.Length;
        }

        public void Clear() => Length = 0;

        public void Return() => ArrayPool<char>.Shared.Return(_chars);
    }
}
