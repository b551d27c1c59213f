using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;

namespace Postfix.Dsl;

/// <summary>
/// The writer every emitted file is rendered through: UTF-8 without a byte order mark into a stream,
/// as <see cref="StreamWriter"/> writes it, with its two buffers rented from the shared pool and
/// returned when it is disposed. A fleet emit opens a writer per file, and StreamWriter's own 80 KB
/// of fresh buffers each time were a quarter of all that a 100-host emit allocated: every one of them
/// zeroed, and collected in the emit's first, most expensive collections.
/// Disposing it flushes, and leaves the stream open.
/// </summary>
internal sealed class PooledUtf8Writer : TextWriter
{
    private const int CharBufferSize = 8 * 1024;

    private readonly Stream _stream;
    private readonly Encoder _encoder;
    private char[]? _chars;
    private byte[]? _bytes;
    private int _count;

    public PooledUtf8Writer(Stream stream)
        : base(CultureInfo.InvariantCulture)
    {
        _stream = stream;
        _encoder = WriteBatch.Utf8NoBom.GetEncoder();
        _chars = ArrayPool<char>.Shared.Rent(CharBufferSize);
        _bytes = ArrayPool<byte>.Shared.Rent(WriteBatch.Utf8NoBom.GetMaxByteCount(_chars.Length));
    }

    public override Encoding Encoding => WriteBatch.Utf8NoBom;

    public override void Write(char value)
    {
        var chars = Chars();
        if (_count == chars.Length)
        {
            Encode(flush: false);
        }

        chars[_count++] = value;
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var chars = Chars();
        while (buffer.Length > 0)
        {
            if (_count == chars.Length)
            {
                Encode(flush: false);
            }

            var taken = Math.Min(chars.Length - _count, buffer.Length);
            buffer[..taken].CopyTo(chars.AsSpan(_count));
            _count += taken;
            buffer = buffer[taken..];
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    /// <summary>Writes what is buffered to the stream, the encoder's state included, as StreamWriter's Flush does.</summary>
    public override void Flush()
    {
        Encode(flush: true);
        _stream.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _chars is not null)
        {
            try
            {
                Flush();
            }
            finally
            {
                ArrayPool<char>.Shared.Return(_chars);
                ArrayPool<byte>.Shared.Return(_bytes!);
                _chars = null;
                _bytes = null;
            }
        }

        base.Dispose(disposing);
    }

    private char[] Chars() => _chars ?? throw new ObjectDisposedException(nameof(PooledUtf8Writer));

    private void Encode(bool flush)
    {
        // A high surrogate at the end of the buffer stays in the encoder until its low half comes (or the final flush).
        var written = _encoder.GetBytes(Chars().AsSpan(0, _count), _bytes, flush);
        _count = 0;
        if (written > 0)
        {
            _stream.Write(_bytes.AsSpan(0, written));
        }
    }
}
