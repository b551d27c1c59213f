using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;

namespace Postfix.Dsl;

/// <summary>
/// The one implementation of Postfix's line grammar (<see cref="LogicalLines"/> describes it): reads
/// the logical lines of a file one at a time, each as a span of a reused buffer, valid until the next
/// <see cref="Next"/>. <see cref="LogicalLines"/> makes a string of each line for the readers; a
/// table's self-check compares each line where it lies (for the 10,000-entry access table a fleet's
/// first host reads back in full, a string per line was nearly all of the check's time).
/// </summary>
internal sealed class LogicalLineReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly List<ReadProblem>? _problems;
    private readonly char[] _chunk = ArrayPool<char>.Shared.Rent(8 * 1024);
    private int _from;
    private int _read;
    private bool _end;

    // A physical line that goes on past the chunk is gathered here; it was handed out as a line when
    // _pendingIsLine, and is cleared before the next one is read.
    private readonly Chars _pending = new();
    private bool _pendingIsLine;

    // The logical line being assembled, and the one handed out (swapped when a line is complete).
    private Chars _assembling = new();
    private Chars _ready = new();
    private bool _hasAssembling;
    private int _start;
    private int _number;

    public LogicalLineReader(TextReader reader, List<ReadProblem>? problems)
    {
        _reader = reader;
        _problems = problems;
    }

    /// <summary>The current logical line: its text, continuation lines appended as Postfix appends them.</summary>
    public ReadOnlySpan<char> Current => _ready.Span;

    /// <summary>The physical line (1-based) where the current logical line starts.</summary>
    public int Line { get; private set; }

    /// <summary>The current logical line as a string, for the readers that keep it.</summary>
    public LogicalLine CurrentLine() => new(Current.ToString(), Line);

    /// <summary>
    /// Moves to the next logical line; false at the end. Empty and blank lines and comments are
    /// skipped (also between continuation lines); a line that starts with a blank continues the
    /// previous one; one that continues nothing is skipped with a problem, as Postfix warns about it.
    /// </summary>
    public bool Next()
    {
        while (TryReadPhysical(out var physical))
        {
            _number++;
            var first = LogicalLines.FirstNonBlank(physical);
            if (first < 0 || physical[first] == '#')
            {
                continue;
            }

            if (first > 0)
            {
                if (_hasAssembling)
                {
                    _assembling.Append(physical);
                }
                else
                {
                    _problems?.Add(new ReadProblem(_number, "a continuation line that continues no text is ignored", physical.ToString()));
                }

                continue;
            }

            // A new logical line starts: the one assembled so far is complete.
            var complete = _hasAssembling;
            if (complete)
            {
                HandOver();
            }

            _assembling.Clear();
            _assembling.Append(physical);
            _hasAssembling = true;
            _start = _number;
            if (complete)
            {
                return true;
            }
        }

        if (_hasAssembling)
        {
            HandOver();
            _hasAssembling = false;
            return true;
        }

        return false;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chunk);
        _pending.Return();
        _assembling.Return();
        _ready.Return();
    }

    private void HandOver()
    {
        (_ready, _assembling) = (_assembling, _ready);
        Line = _start;
    }

    /// <summary>
    /// The next physical line, as Postfix splits them: only a newline ends a line (a carriage return
    /// stays part of it), text after the last newline is a last line, and nothing after it is no line.
    /// The span is valid until the next call.
    /// </summary>
    private bool TryReadPhysical(out ReadOnlySpan<char> line)
    {
        if (_pendingIsLine)
        {
            _pending.Clear();
            _pendingIsLine = false;
        }

        while (true)
        {
            if (_from < _read)
            {
                var end = Array.IndexOf(_chunk, '\n', _from, _read - _from);
                if (end >= 0)
                {
                    var piece = _chunk.AsSpan(_from, end - _from);
                    _from = end + 1;
                    if (_pending.Length == 0)
                    {
                        line = piece;
                        return true;
                    }

                    _pending.Append(piece);
                    _pendingIsLine = true;
                    line = _pending.Span;
                    return true;
                }

                _pending.Append(_chunk.AsSpan(_from, _read - _from));
                _from = _read;
            }

            if (_end)
            {
                break;
            }

            _read = Math.Max(_reader.Read(_chunk, 0, _chunk.Length), 0);
            _from = 0;
            _end = _read == 0;
        }

        if (_pending.Length > 0)
        {
            _pendingIsLine = true;
            line = _pending.Span;
            return true;
        }

        line = default;
        return false;
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
