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
/// (a long-running process, a watch loop) only compares the files on disk: when every one still
/// holds those bytes, nothing is validated again (the findings it had are reported), rendered, read
/// back or written. Any difference, and the host takes the full path. Nothing is kept across
/// processes: a file is never trusted because of what disk says.
/// </summary>
internal static class VerifiedOutput
{
    private static readonly ConditionalWeakTable<MailHost, Entry> Verified = new();

    /// <summary>True when this process verified <paramref name="host"/>'s files for this template set and folder.</summary>
    public static bool Knows(MailHost host, TemplateSet templates, string root) =>
        Verified.TryGetValue(host, out var entry) && ReferenceEquals(entry.Templates, templates) && entry.Root == root;

    /// <summary>
    /// The host's files and the findings its validation had, when this process verified exactly those files
    /// for this template set and they are on disk unchanged; otherwise null.
    /// </summary>
    public static Unchanging? Unchanged(MailHost host, TemplateSet templates, string root)
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

        return new Unchanging(paths, entry.Findings);
    }

    /// <summary>Records the files of <paramref name="host"/> that passed the read-back, with their content hashes, and its validation's findings.</summary>
    public static void Remember(MailHost host, TemplateSet templates, string root, IReadOnlyList<File> files, IReadOnlyList<Finding> findings) =>
        Verified.AddOrUpdate(host, new Entry(templates, root, [.. files], [.. findings]));

    private static bool Holds(File file) => file.Shared is { } shared
        ? SharedTableBodies.Holds(shared, file.Body, file.Path)
        : HashOf(file.Path).AsSpan().SequenceEqual(file.Hash);

    /// <summary>The SHA-256 of a file, read in small buffers.</summary>
    public static byte[] HashOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, WriteBatch.BufferSize, FileOptions.SequentialScan);
        return SHA256.HashData(stream);
    }

    private sealed record Entry(TemplateSet Templates, string Root, File[] Files, Finding[] Findings);

    /// <summary>A host's files, unchanged on disk, and the findings (warnings and notes) its validation had.</summary>
    internal sealed record Unchanging(IReadOnlyList<string> Paths, IReadOnlyList<Finding> Findings);

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
