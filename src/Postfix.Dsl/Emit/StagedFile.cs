using System;
using System.Buffers;
using System.IO;
using System.Security.Cryptography;

namespace Postfix.Dsl;

/// <summary>
/// Where one output file is rendered to. While the bytes equal the file already there, they are
/// only compared with it: a file that comes out the same is never written and its timestamp never
/// moves. At the first difference a temporary is created exclusively (it fails if anything, a link
/// included, is at that path) with a random name next to the file, the equal prefix is copied into
/// it, and the rest is written there. <see cref="WriteBatch.Commit"/> later renames it into place.
/// </summary>
internal sealed class StagedFile : Stream
{
    private readonly bool _secret;
    private readonly FileInfo? _existingInfo;
    private readonly Action<string> _ensureFolder;
    private FileStream? _existing;
    private FileStream? _temporary;
    private long _length;
    private byte[] _compare = [];
    private readonly IncrementalHash? _hash;

    /// <param name="path">The file this stages.</param>
    /// <param name="existing">The regular file at <paramref name="path"/>, as <see cref="SafePaths.RequireFileOrNothing"/> found it, or null.</param>
    /// <param name="secret">True for a file created with mode 0600.</param>
    /// <param name="ensureFolder">Creates the file's folder (and records it, for an abort).</param>
    /// <param name="hash">True to compute the content's SHA-256, which only a fleet emit's memory of its files uses: not for a shared table's verified bytes, the build's files or the manifest.</param>
    public StagedFile(string path, FileInfo? existing, bool secret, Action<string> ensureFolder, bool hash)
    {
        Path = path;
        _existingInfo = existing;
        _secret = secret;
        _ensureFolder = ensureFolder;
        _hash = hash ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        if (existing is not null)
        {
            _existing = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
    }

    /// <summary>The file this stages.</summary>
    public string Path { get; }

    /// <summary>The temporary holding the new content, or null while (and when) the content equals the existing file.</summary>
    public string? Temporary { get; private set; }

    /// <summary>True when the content differs from what is at <see cref="Path"/> (or nothing is there).</summary>
    public bool Changed => Temporary is not null;

    /// <summary>Where the content can be read back: the temporary when it changed, the unchanged file otherwise.</summary>
    public string ContentPath => Temporary ?? Path;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <summary>The SHA-256 of the content, once <see cref="Complete"/> was called (empty when staged without a hash).</summary>
    public byte[] Hash { get; private set; } = [];

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash?.AppendData(buffer);
        if (_temporary is null && _existing is not null)
        {
            if (_compare.Length < buffer.Length)
            {
                ReturnCompareBuffer();
                _compare = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length, WriteBatch.BufferSize));
            }

            var read = _existing.ReadAtLeast(_compare.AsSpan(0, buffer.Length), buffer.Length, throwOnEndOfStream: false);
            if (read == buffer.Length && _compare.AsSpan(0, read).SequenceEqual(buffer))
            {
                _length += buffer.Length;
                return;
            }
        }

        if (_temporary is null)
        {
            Diverge();
        }

        _temporary!.Write(buffer);
        _length += buffer.Length;
    }

    /// <summary>Ends the content: a longer existing file differs too. Closes everything; the temporary stays for the commit.</summary>
    public void Complete()
    {
        if (_temporary is null && (_existing is null || _existing.Length != _length))
        {
            Diverge();
        }

        _existing?.Dispose();
        _existing = null;
        _temporary?.Dispose();
        _temporary = null;
        ReturnCompareBuffer();
        Hash = _hash?.GetHashAndReset() ?? [];
    }

    /// <summary>Removes the temporary, if any: the emit stopped before the commit.</summary>
    public void Discard()
    {
        _existing?.Dispose();
        _existing = null;
        _temporary?.Dispose();
        _temporary = null;
        ReturnCompareBuffer();
        if (Temporary is { } temporary)
        {
            WriteBatch.TryDelete(temporary);
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _existing?.Dispose();
            _temporary?.Dispose();
            _hash?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>Creates the temporary and copies into it the prefix that was equal to the existing file.</summary>
    private void Diverge()
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        _ensureFolder(folder);
        Temporary = System.IO.Path.Combine(folder, "." + System.IO.Path.GetFileName(Path) + "." + RandomSuffix() + ".postfix-dsl-tmp");
        _temporary = WriteBatch.CreateExclusive(Temporary, WriteBatch.Mode(_existingInfo, _secret));
        if (_existing is not null && _length > 0)
        {
            _existing.Position = 0;
            var prefix = ArrayPool<byte>.Shared.Rent(WriteBatch.BufferSize);
            try
            {
                for (var left = _length; left > 0;)
                {
                    var chunk = (int)Math.Min(left, prefix.Length);
                    _existing.ReadExactly(prefix, 0, chunk);
                    _temporary.Write(prefix, 0, chunk);
                    left -= chunk;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(prefix);
            }
        }

        _existing?.Dispose();
        _existing = null;
    }

    /// <summary>Gives the comparison buffer back to the pool (it is rented only when a file is already there).</summary>
    private void ReturnCompareBuffer()
    {
        if (_compare.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_compare);
            _compare = [];
        }
    }

    // The temporary is created exclusively (O_EXCL, no link followed), so the suffix only has to make a
    // clash unlikely, not be secret: Random.Shared, not the crypto generator a short process would start for it.
    private static string RandomSuffix() => Random.Shared.NextInt64().ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
