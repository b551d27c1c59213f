using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Postfix.Dsl;

/// <summary>
/// What this process already rendered and read back for a host object: each file's name, length and
/// SHA-256. The model is immutable and a <see cref="TemplateSet"/> parses each template once, so the
/// same host object with the same template set renders the same bytes again. A second emit of it
/// (a long-running process, a watch loop) only hashes the files on disk: when every one still holds
/// those bytes, nothing is rendered, read back or written. Any difference, and the host takes the
/// full path. Nothing is kept across processes: a file is never trusted because of what disk says.
/// </summary>
internal static class VerifiedOutput
{
    private static readonly ConditionalWeakTable<MailHost, Entry> Verified = new();

    /// <summary>The host's files, when this process verified exactly them for this template set and they are on disk unchanged; otherwise null.</summary>
    public static IReadOnlyList<string>? Unchanged(MailHost host, TemplateSet templates, string root)
    {
        if (!Verified.TryGetValue(host, out var entry) || !ReferenceEquals(entry.Templates, templates) || entry.Root != root)
        {
            return null;
        }

        var paths = new List<string>(entry.Files.Length);
        foreach (var file in entry.Files)
        {
            var info = new FileInfo(file.Path);
            if (info.LinkTarget is not null || !info.Exists || info.Length != file.Length || !Holds(file))
            {
                return null;
            }

            paths.Add(file.Path);
        }

        return paths;
    }

    /// <summary>Records the files of <paramref name="host"/> that passed the read-back, with their content hashes.</summary>
    public static void Remember(MailHost host, TemplateSet templates, string root, IReadOnlyList<File> files) =>
        Verified.AddOrUpdate(host, new Entry(templates, root, [.. files]));

    private static bool Holds(File file) => file.Shared is { } shared
        ? SharedTableBodies.Holds(shared, file.Body, file.Path)
        : HashOf(file.Path).AsSpan().SequenceEqual(file.Hash);

    /// <summary>The SHA-256 of a file, read in small buffers.</summary>
    public static byte[] HashOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, WriteBatch.BufferSize, FileOptions.SequentialScan);
        return SHA256.HashData(stream);
    }

    private sealed record Entry(TemplateSet Templates, string Root, File[] Files);

    /// <summary>
    /// One verified file: its length and SHA-256, or, for a shared table written from verified bytes,
    /// its header and those bytes (compared directly, so no hash was computed while writing it).
    /// </summary>
    internal sealed record File(string Path, long Length, byte[] Hash)
    {
        public SharedTable? Shared { get; init; }

        public ReadOnlyMemory<byte> Body { get; init; }
    }
}
