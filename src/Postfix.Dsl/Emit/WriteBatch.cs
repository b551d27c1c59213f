using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Postfix.Dsl;

/// <summary>
/// All the file changes of one emit, applied all or nothing: every new content goes to a
/// temporary file created exclusively (it fails if anything, link included, is at that path) with
/// a random name in the destination folder; only when all are written are they renamed into place,
/// then stale files are deleted. On any failure the temporaries are removed and every file is as it was.
/// </summary>
internal sealed class WriteBatch
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<(string Path, byte[] Bytes, bool Secret)> _writes = [];
    private readonly List<string> _deletes = [];

    public IReadOnlyList<string> Writes => _writes.ConvertAll(w => w.Path);

    /// <summary>Adds <paramref name="content"/> for <paramref name="path"/> unless the file holds exactly it already; true when it will be written.</summary>
    public bool WriteIfChanged(string path, string content, bool secret = false)
    {
        SafePaths.RequireFileOrNothing(path);
        var bytes = Utf8NoBom.GetBytes(content);
        if (File.Exists(path) && SameBytes(path, bytes))
        {
            return false;
        }

        _writes.Add((path, bytes, secret));
        return true;
    }

    /// <summary>Adds the deletion of <paramref name="path"/> (a plain file, checked now and again when deleting).</summary>
    public void Delete(string path)
    {
        SafePaths.RequireFileOrNothing(path);
        _deletes.Add(path);
    }

    /// <summary>True when the file holds exactly <paramref name="content"/>, as this batch would write it.</summary>
    public static bool HasContent(string path, string content) => SameBytes(path, Utf8NoBom.GetBytes(content));

    /// <summary>Writes every temporary, renames them into place, deletes the stale files and their emptied folders.</summary>
    public void Commit()
    {
        var temporaries = new List<(string Temporary, string Path)>();
        try
        {
            foreach (var (path, bytes, secret) in _writes)
            {
                var folder = Path.GetDirectoryName(path)!;
                if (!Directory.Exists(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + "." + RandomSuffix() + ".postfix-dsl-tmp");
                temporaries.Add((temporary, path));
                WriteExclusive(temporary, bytes, Mode(path, secret));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            foreach (var (temporary, _) in temporaries)
            {
                TryDelete(temporary);
            }

            var failed = temporaries.Count > 0 ? temporaries[^1].Path : "(output)";
            throw new PostfixOutputException(BuildRules.WriteFailed, failed, "could not be written: " + exception.Message,
                "a writable folder with free space; every file was left as it was", exception);
        }

        try
        {
            foreach (var (temporary, path) in temporaries)
            {
                // rename(2) replaces the destination entry itself; it never follows a link there.
                File.Move(temporary, path, overwrite: true);
            }

            foreach (var path in _deletes)
            {
                SafePaths.RequireFileOrNothing(path);
                if (File.Exists(path))
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
            foreach (var (temporary, _) in temporaries)
            {
                TryDelete(temporary);
            }

            throw new PostfixOutputException(BuildRules.WriteFailed, "(output)", "changed while it was being written: " + exception.Message,
                "an output folder nothing else writes to during the build; build again to complete it", exception);
        }
    }

    private static void WriteExclusive(string path, byte[] bytes, UnixFileMode? mode)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (mode is { } unixMode && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = unixMode;
        }

        using var stream = new FileStream(path, options);
        if (mode is { } kept && !OperatingSystem.IsWindows())
        {
            // UnixCreateMode is masked by the umask; the kept mode must be exactly the old one.
            File.SetUnixFileMode(stream.SafeFileHandle, kept);
        }

        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>An existing file keeps its mode; a secret table is created 0600; others get the process's default.</summary>
    private static UnixFileMode? Mode(string path, bool secret)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        if (File.Exists(path))
        {
            return File.GetUnixFileMode(path);
        }

        return secret ? UnixFileMode.UserRead | UnixFileMode.UserWrite : null;
    }

    private static string RandomSuffix() => Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();

    private static void TryDelete(string path)
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

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
