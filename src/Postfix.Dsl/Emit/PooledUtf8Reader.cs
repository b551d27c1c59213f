using System;
using System.Buffers;
using System.IO;
using System.Text;

namespace Postfix.Dsl;

/// <summary>
/// The reader the self-check reads every emitted file with: UTF-8 from a stream, decoded as
/// <see cref="StreamReader"/> decodes it with the emit's encoding (no byte order mark is skipped, an
/// invalid byte becomes U+FFFD), with its buffers rented from the shared pool and returned when it
/// is disposed: StreamReader's 48 KB of fresh buffers per file added up over a fleet, as the
/// writer's did (<see cref="PooledUtf8Writer"/>). Disposing it closes the stream.
/// </summary>
internal sealed class PooledUtf8Reader : TextReader
{
    private readonly Stream _stream;
    private readonly Decoder _decoder;
    private byte[]? _bytes;
    private char[]? _chars;
    private int _position;
    private int _length;
    private bool _ended;

    public PooledUtf8Reader(Stream stream)
    {
        _stream = stream;
        _decoder = WriteBatch.Utf8NoBom.GetDecoder();
        _bytes = ArrayPool<byte>.Shared.Rent(WriteBatch.BufferSize);
        _chars = ArrayPool<char>.Shared.Rent(WriteBatch.Utf8NoBom.GetMaxCharCount(_bytes.Length));
    }

    public override int Peek() => Fill() ? _chars![_position] : -1;

    public override int Read() => Fill() ? _chars![_position++] : -1;

    public override int Read(Span<char> buffer)
    {
        if (buffer.Length == 0 || !Fill())
        {
            return 0;
        }

        var taken = Math.Min(_length - _position, buffer.Length);
        _chars.AsSpan(_position, taken).CopyTo(buffer);
        _position += taken;
        return taken;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override string ReadToEnd()
    {
        var text = new StringBuilder();
        while (Fill())
        {
            text.Append(_chars, _position, _length - _position);
            _position = _length;
        }

        return text.ToString();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _chars is not null)
        {
            _stream.Dispose();
            ArrayPool<byte>.Shared.Return(_bytes!);
            ArrayPool<char>.Shared.Return(_chars);
            _bytes = null;
            _chars = null;
        }

        base.Dispose(disposing);
    }

    /// <summary>True when a decoded character is waiting, reading and decoding more of the stream when none is.</summary>
    private bool Fill()
    {
        var chars = _chars ?? throw new ObjectDisposedException(nameof(PooledUtf8Reader));
        var bytes = _bytes!;
        while (_position == _length)
        {
            if (_ended)
            {
                return false;
            }

            var read = _stream.Read(bytes, 0, bytes.Length);
            _ended = read == 0;

            // At the end, the decoder gives up what it held back (an incomplete sequence becomes U+FFFD).
            _length = _decoder.GetChars(bytes, 0, read, chars, 0, flush: _ended);
            _position = 0;
        }

        return true;
    }
}
