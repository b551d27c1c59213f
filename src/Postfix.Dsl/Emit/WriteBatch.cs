using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Postfix.Dsl;

/// <summary>
/// All the file changes of one emit, applied all or nothing. Every file is rendered into a
/// <see cref="StagedFile"/>, which writes a temporary only when the content differs from the file
/// already there; only when every host is rendered and checked are the temporaries renamed into
/// place, then stale files are deleted. On any failure the temporaries and the folders made for
/// them are removed and every file is as it was. Safe to stage from several threads.
/// </summary>
internal sealed class WriteBatch
{
    /// <summary>
    /// The size of the emit's byte buffers: the reader's (<see cref="PooledUtf8Reader"/>), a staged file's
    /// comparison with the file already there, and the hash of a file on disk. Under the 85,000-byte
    /// large-object threshold: 64 KiB buffers put three large objects per file on the large-object heap
    /// and made every collection of a fleet emit a full one.
    /// </summary>
    internal const int BufferSize = 16 * 1024;

    /// <summary>The encoding of every file an emit writes: UTF-8 without a byte order mark.</summary>
    internal static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<StagedFile> _staged = [];
    private readonly List<string> _deletes = [];
    private readonly List<string> _createdFolders = [];
    private readonly HashSet<string> _ensuredFolders = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly object _folderGate = new();

    /// <summary>The files that will be written (changed or new), in the order they were staged.</summary>
    public IReadOnlyList<string> Writes
    {
        get
        {
            lock (_gate)
            {
                return _staged.Where(s => s.Changed).Select(s => s.Path).ToList();
            }
        }
    }

    /// <summary>Starts the file at <paramref name="path"/>: write its content into the returned stream, then <see cref="StagedFile.Complete"/> it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="secret">True for a file created with mode 0600.</param>
    /// <param name="hash">True to take the content's SHA-256 as it is written (<see cref="StagedFile.Hash"/>).</param>
    public StagedFile Stage(string path, bool secret, bool hash)
    {
        var existing = SafePaths.RequireFileOrNothing(path);
        var staged = new StagedFile(path, existing, secret, EnsureFolder, hash);
        lock (_gate)
        {
            _staged.Add(staged);
        }

        return staged;
    }

    /// <summary>A writer for a staged file (or, for the warm-up, a buffer): UTF-8 without a byte order mark, as every file is written; it leaves the stream open.</summary>
    public static TextWriter Writer(Stream file) => new PooledUtf8Writer(file);

    /// <summary>
    /// A reader of what a staged file holds (the temporary, or the unchanged file). The file stream has no
    /// buffer of its own: the reader reads it in its own large chunks, which a second buffer only copied.
    /// No sequential-read hint either: the bytes were just written or compared, and are in memory.
    /// </summary>
    public static TextReader Reader(StagedFile file) =>
        Reader(new FileStream(file.ContentPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0));

    /// <summary>A reader of <paramref name="content"/>, decoded as every file is written; it closes the stream.</summary>
    public static TextReader Reader(Stream content) => new PooledUtf8Reader(content);

    /// <summary>Stages <paramref name="content"/> for <paramref name="path"/>; true when it differs from the file there.</summary>
    public bool WriteIfChanged(string path, string content, bool secret = false)
    {
        // No hash: only a fleet emit remembers its files' hashes (for its next emit of the same hosts), and
        // these are the build's files and the manifest.
        var staged = Stage(path, secret, hash: false);
        staged.Write(Utf8NoBom.GetBytes(content));
        staged.Complete();
        return staged.Changed;
    }

    /// <summary>Adds the deletion of <paramref name="path"/> (a plain file, checked now and again when deleting).</summary>
    public void Delete(string path)
    {
        SafePaths.RequireFileOrNothing(path);
        _deletes.Add(path);
    }

    /// <summary>True when the file holds exactly <paramref name="content"/>, as this batch would write it.</summary>
    public static bool HasContent(string path, string content)
    {
        var bytes = Utf8NoBom.GetBytes(content);
        var info = new FileInfo(path);
        return info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    /// <summary>Removes every temporary and every folder made for them: nothing of this emit is left.</summary>
    public void Abort()
    {
        lock (_gate)
        {
            foreach (var staged in _staged)
            {
                staged.Discard();
            }

            lock (_folderGate)
            {
                for (var i = _createdFolders.Count - 1; i >= 0; i--)
                {
                    TryDeleteEmptyFolder(_createdFolders[i]);
                }
            }
        }
    }

    /// <summary>Renames every temporary into place, deletes the stale files and their emptied folders.</summary>
    public void Commit()
    {
        try
        {
            foreach (var staged in _staged.Where(s => s.Changed))
            {
                // rename(2) replaces the destination entry itself; it never follows a link there.
                File.Move(staged.Temporary!, staged.Path, overwrite: true);
            }

            foreach (var path in _deletes)
            {
                if (SafePaths.RequireFileOrNothing(path) is not null)
                {
                    File.Delete(path);
                }

                var folder = Path.GetDirectoryName(path)!;
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).GetEnumerator().MoveNext())
                {
                    Directory.Delete(folder);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Renames in one folder of one file system fail only when the folder changes under us;
            // what was renamed stays, the rest is cleaned up, and the error says so.
            foreach (var staged in _staged)
            {
                if (staged.Temporary is { } temporary && File.Exists(temporary))
                {
                    TryDelete(temporary);
                }
            }

            throw new PostfixOutputException(BuildRules.WriteFailed, "(output)", "changed while it was being written: " + exception.Message,
                "an output folder nothing else writes to during the build; build again to complete it", exception);
        }
    }

    /// <summary>Creates <paramref name="path"/> exclusively with <paramref name="mode"/> (an existing file's mode, or 0600 for a secret).</summary>
    internal static FileStream CreateExclusive(string path, UnixFileMode? mode)
    {
        // No buffer of its own: what is written into it comes in the writer's chunks, or as a table's whole verified bytes.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0 };
        if (mode is { } unixMode && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = unixMode;
        }

        var stream = new FileStream(path, options);
        if (mode is { } kept && !OperatingSystem.IsWindows())
        {
            // UnixCreateMode is masked by the umask; the kept mode must be exactly the old one.
            File.SetUnixFileMode(stream.SafeFileHandle, kept);
        }

        return stream;
    }

    /// <summary>An existing file keeps its mode; a secret table is created 0600; others get the process's default.</summary>
    /// <param name="existing">The file there when it was staged (its status read then), or null.</param>
    /// <param name="secret">True for a file created with mode 0600.</param>
    internal static UnixFileMode? Mode(FileInfo? existing, bool secret)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        if (existing is not null)
        {
            return existing.UnixFileMode;
        }

        return secret ? UnixFileMode.UserRead | UnixFileMode.UserWrite : null;
    }

    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The folder refused the temporary too: nothing of ours is left there.
        }
    }

    private void EnsureFolder(string folder)
    {
        // Its own lock: a mkdir can take a while, and the other hosts' threads staging files must not wait for it.
        lock (_folderGate)
        {
            // A host's files share its folder: asked once per batch, not once per file.
            if (_ensuredFolders.Contains(folder))
            {
                return;
            }

            // Record every level made, so an aborted emit leaves no empty folder behind.
            var missing = new Stack<string>();
            for (var level = folder; !string.IsNullOrEmpty(level) && !Directory.Exists(level); level = Path.GetDirectoryName(level))
            {
                missing.Push(level);
            }

            if (missing.Count > 0)
            {
                Directory.CreateDirectory(folder);
                _createdFolders.AddRange(missing);
            }

            // Remembered once it is there: a folder that could not be made is asked for again (and fails again).
            _ensuredFolders.Add(folder);
        }
    }

    private static void TryDeleteEmptyFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).GetEnumerator().MoveNext())
            {
                Directory.Delete(folder);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Left as it is: an empty folder is harmless, and the original error is what matters.
        }
    }
}
