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
        foreach (var (path, length, hash) in entry.Files)
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null || !info.Exists || info.Length != length || !HashOf(path).AsSpan().SequenceEqual(hash))
            {
                return null;
            }

            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Records the files of <paramref name="host"/> that passed the read-back, with their content hashes.</summary>
    public static void Remember(MailHost host, TemplateSet templates, string root, IReadOnlyList<(string Path, long Length, byte[] Hash)> files) =>
        Verified.AddOrUpdate(host, new Entry(templates, root, [.. files]));

    /// <summary>The SHA-256 of a file, read in small buffers.</summary>
    public static byte[] HashOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, WriteBatch.BufferSize, FileOptions.SequentialScan);
        return SHA256.HashData(stream);
    }

    private sealed record Entry(TemplateSet Templates, string Root, (string Path, long Length, byte[] Hash)[] Files);
}
