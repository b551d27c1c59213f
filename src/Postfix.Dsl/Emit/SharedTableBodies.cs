using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace Postfix.Dsl;

/// <summary>
/// The verified bytes of tables that several hosts share, kept for the process's emits. A fleet's policy is one table
/// object every host refers to (<c>samples/Fleet</c>, the benchmark's 10,000-entry access table), and
/// its file differs from host to host only in the header line, which names the host: a built-in
/// table template writes the header on its first line and uses it nowhere else
/// (<see cref="LoadedTemplate.HeaderOnFirstLineOnly"/>), and everything after that line depends only
/// on the table, the config directory and the template (<see cref="SharedTable"/>).
/// <para>
/// So a shared table is rendered and read back in full with the faithful reader, as every file is,
/// and once that check passed, the bytes after its header line are kept. A later host's file is its
/// own header line followed by exactly those bytes, and its self-check still reads the file back from
/// disk: the file must hold exactly that header and those bytes, and the header must be one comment
/// line, which Postfix's readers drop whatever it says (<see cref="LogicalLines"/>). The proof is the
/// same, that the file on disk means the model, at the cost of a byte comparison instead of a parse.
/// </para>
/// <para>
/// Bytes are kept only for the emit's first host's tables and for a table met a second time, so a
/// fleet whose hosts each have a table of their own keeps one host's worth, and they are kept weakly
/// by table object: a table no host refers to any more is forgotten with its bytes.
/// </para>
/// </summary>
internal static class SharedTableBodies
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly ConditionalWeakTable<LookupTable, List<Body>> Known = new();

    /// <summary>What to do with a shared table's file.</summary>
    public enum Use
    {
        /// <summary>First met, by a host other than the emit's first: render and read back in full.</summary>
        Render,

        /// <summary>Met again before its bytes were kept, or first met by the emit's first host: render and read back in full, then <see cref="Remember"/> them.</summary>
        RenderAndRemember,

        /// <summary>Verified bytes are known: write the header and them, and compare the file on disk (<see cref="Holds"/>).</summary>
        Reuse,
    }

    /// <summary>How <paramref name="shared"/>'s file is made, and the verified bytes after its header line when they are known.</summary>
    /// <param name="shared">The table's file.</param>
    /// <param name="keepAtFirst">True to keep the bytes already when the table is first met (the emit's first host).</param>
    /// <param name="body">The verified bytes, for <see cref="Use.Reuse"/>.</param>
    public static Use Lookup(SharedTable shared, bool keepAtFirst, out ReadOnlyMemory<byte> body)
    {
        body = default;
        var bodies = Known.GetValue(shared.Table, static _ => []);
        lock (bodies)
        {
            foreach (var known in bodies)
            {
                if (known.ConfigDirectory == shared.ConfigDirectory && ReferenceEquals(known.Template, shared.Template))
                {
                    if (known.Bytes is { } bytes)
                    {
                        body = bytes;
                        return Use.Reuse;
                    }

                    return Use.RenderAndRemember;
                }
            }

            bodies.Add(new Body(shared.ConfigDirectory, shared.Template));
            return keepAtFirst ? Use.RenderAndRemember : Use.Render;
        }
    }

    /// <summary>
    /// Keeps the bytes after the header line of the file at <paramref name="path"/>, which was just
    /// rendered for <paramref name="shared"/> and read back without a difference. They are kept only
    /// when they are exactly what was rendered (<paramref name="rendered"/>, the SHA-256 taken as the
    /// bytes were written) and start with exactly the header line; otherwise every host renders the
    /// table in full.
    /// </summary>
    public static void Remember(SharedTable shared, string path, byte[] rendered)
    {
        if (!IsCommentLine(shared.Header))
        {
            return;
        }

        var content = File.ReadAllBytes(path);
        var header = HeaderBytes(shared.Header);
        if (!content.AsSpan().StartsWith(header) || !System.Security.Cryptography.SHA256.HashData(content).AsSpan().SequenceEqual(rendered))
        {
            return;
        }

        var bodies = Known.GetValue(shared.Table, static _ => []);
        lock (bodies)
        {
            var index = bodies.FindIndex(b => b.ConfigDirectory == shared.ConfigDirectory && ReferenceEquals(b.Template, shared.Template));
            var body = new Body(shared.ConfigDirectory, shared.Template) { Bytes = content.AsMemory(header.Length) };
            if (index < 0)
            {
                bodies.Add(body);
            }
            else
            {
                bodies[index] = body;
            }
        }
    }

    /// <summary>Writes <paramref name="shared"/>'s header line and then <paramref name="body"/>.</summary>
    public static void Write(SharedTable shared, ReadOnlyMemory<byte> body, Stream output)
    {
        output.Write(HeaderBytes(shared.Header));
        output.Write(body.Span);
    }

    /// <summary>
    /// The self-check of a file written with <see cref="Write"/>: true when the file at
    /// <paramref name="path"/> holds exactly the header line, a comment, and then <paramref name="body"/>.
    /// </summary>
    public static bool Holds(SharedTable shared, ReadOnlyMemory<byte> body, string path)
    {
        if (!IsCommentLine(shared.Header))
        {
            return false;
        }

        var header = HeaderBytes(shared.Header);
        // No sequential-read hint: the file was just written (or compared), and is in memory.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        if (stream.Length != header.Length + body.Length)
        {
            return false;
        }

        return Matches(stream, header) && Matches(stream, body.Span);
    }

    /// <summary>
    /// True when the next bytes of <paramref name="stream"/> are <paramref name="expected"/>. Read in
    /// pooled 128 KB chunks: every host of a fleet checks its shared tables this way, and 16 KB reads
    /// made a 600 KB table forty system calls per host.
    /// </summary>
    private static bool Matches(Stream stream, ReadOnlySpan<byte> expected)
    {
        if (expected.IsEmpty)
        {
            return true; // an empty table's body: the length was compared already
        }

        var rented = ArrayPool<byte>.Shared.Rent((int)Math.Min(expected.Length, CompareChunk));
        try
        {
            while (expected.Length > 0)
            {
                var chunk = rented.AsSpan(0, Math.Min(rented.Length, expected.Length));
                if (stream.ReadAtLeast(chunk, chunk.Length, throwOnEndOfStream: false) != chunk.Length || !chunk.SequenceEqual(expected[..chunk.Length]))
                {
                    return false;
                }

                expected = expected[chunk.Length..];
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private const int CompareChunk = 128 * 1024;

    /// <summary>
    /// True for one line whose first character is <c>#</c> and that holds no control character: Postfix's
    /// readers drop it whatever it says, and nothing in it can end it early or join it to the next line.
    /// </summary>
    internal static bool IsCommentLine(string header)
    {
        if (header.Length == 0 || header[0] != '#')
        {
            return false;
        }

        foreach (var c in header)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    private static byte[] HeaderBytes(string header) => Utf8NoBom.GetBytes(header + "\n");

    private sealed record Body(string ConfigDirectory, LoadedTemplate Template)
    {
        /// <summary>The verified bytes after the header line, once a second host met the table.</summary>
        public ReadOnlyMemory<byte>? Bytes { get; init; }
    }
}
