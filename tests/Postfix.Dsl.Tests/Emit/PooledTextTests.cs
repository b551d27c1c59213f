using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace Postfix.Dsl.Tests.Emit;

/// <summary>
/// The emit's pooled writer and reader give exactly what StreamWriter and StreamReader give with the
/// emit's encoding (UTF-8, no byte order mark), across their buffers' boundaries: the bytes the
/// framework's own encoder makes, and the text its own decoder reads, are the expected values.
/// </summary>
public sealed class PooledTextTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Text with one-, two-, three- and four-byte characters, so surrogate pairs and multi-byte sequences fall across every buffer edge.</summary>
    private static string MixedText(int length, int seed)
    {
        var random = new Random(seed);
        var pieces = new[] { "a", "é", "€", "😀", "\n", "\r\n", "\t", "z" };
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(8 * 1024 - 1)]
    [InlineData(8 * 1024)]
    [InlineData(8 * 1024 + 1)]
    [InlineData(100_000)]
    public void The_writer_writes_the_bytes_of_the_framework_encoder_whatever_the_pieces(int length)
    {
        var text = MixedText(length, seed: length);
        var stream = new MemoryStream();
        using (var writer = WriteBatch.Writer(stream))
        {
            // Pieces of every size and through every overload: single characters, spans, strings, arrays.
            var random = new Random(7);
            for (var at = 0; at < text.Length;)
            {
                var size = Math.Min(text.Length - at, random.Next(1, 3000));
                switch (random.Next(4))
                {
                    case 0:
                        foreach (var c in text.AsSpan(at, size))
                        {
                            writer.Write(c);
                        }

                        break;
                    case 1:
                        writer.Write(text.AsSpan(at, size));
                        break;
                    case 2:
                        writer.Write(text.Substring(at, size));
                        break;
                    default:
                        writer.Write(text.ToCharArray(at, size), 0, size);
                        break;
                }

                at += size;
            }
        }

        Assert.Equal(Utf8.GetBytes(text), stream.ToArray());
        Assert.True(stream.CanWrite); // left open, as the staged file needs
    }

    [Fact]
    public void A_surrogate_pair_split_by_the_buffer_edge_is_one_character_and_a_lone_half_at_the_end_is_a_replacement()
    {
        var split = new string('a', 8 * 1024 - 1) + "😀" + "b";
        var lone = "x\uD83D";
        foreach (var text in new[] { split, lone })
        {
            var stream = new MemoryStream();
            using (var writer = WriteBatch.Writer(stream))
            {
                writer.Write(text);
            }

            var framework = new MemoryStream();
            using (var reference = new StreamWriter(framework, Utf8, 1024, leaveOpen: true))
            {
                reference.Write(text);
            }

            Assert.Equal(framework.ToArray(), stream.ToArray());
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16 * 1024 - 1)]
    [InlineData(16 * 1024)]
    [InlineData(50_000)]
    public void The_reader_reads_the_text_of_the_framework_decoder_across_its_buffers(int length)
    {
        var bytes = Utf8.GetBytes(MixedText(length, seed: length + 1));
        using var reader = WriteBatch.Reader(new MemoryStream(bytes));
        var read = new StringBuilder();
        var chunk = new char[777];
        int count;
        while ((count = reader.Read(chunk, 0, chunk.Length)) > 0)
        {
            read.Append(chunk, 0, count);
        }

        Assert.Equal(Utf8.GetString(bytes), read.ToString());
        Assert.Equal(-1, reader.Peek());
        Assert.Equal(-1, reader.Read());
    }

    [Fact]
    public void Invalid_bytes_a_byte_order_mark_and_a_cut_sequence_read_as_StreamReader_reads_them()
    {
        // A byte order mark (kept: the emit's encoding has none to skip), an invalid byte, a sequence split
        // by the 16 KB edge, and a sequence cut by the end of the file.
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0xFF, (byte)'b' }
            .Concat(Enumerable.Repeat((byte)'c', 16 * 1024 - 7))
            .Concat(Utf8.GetBytes("€"))
            .Concat(new byte[] { (byte)'d', 0xE2, 0x82 })
            .ToArray();
        string expected;
        using (var reference = new StreamReader(new MemoryStream(bytes), Utf8, detectEncodingFromByteOrderMarks: false, 1024))
        {
            expected = reference.ReadToEnd();
        }

        using var reader = WriteBatch.Reader(new MemoryStream(bytes));
        Assert.Equal('\uFEFF', (char)reader.Peek());
        Assert.Equal('\uFEFF', (char)reader.Read());
        Assert.Equal(expected[1..], reader.ReadToEnd());
        Assert.Contains('\uFFFD', expected);
    }

    [Fact]
    public void Disposing_the_reader_closes_its_stream_and_both_refuse_use_afterwards()
    {
        var stream = new MemoryStream(Utf8.GetBytes("main.cf"));
        var reader = WriteBatch.Reader(stream);
        reader.Dispose();
        Assert.False(stream.CanRead);
        Assert.Throws<ObjectDisposedException>(() => reader.Read());

        var writer = WriteBatch.Writer(new MemoryStream());
        writer.Dispose();
        Assert.Throws<ObjectDisposedException>(() => writer.Write('x'));
    }
}
