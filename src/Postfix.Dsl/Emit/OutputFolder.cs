using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Writes rendered hosts into one output root as a single <see cref="WriteBatch"/>: every file of
/// every host, the stale files an earlier emit wrote and the model no longer has (listed in
/// <see cref="OutputManifest"/>, in a host folder the model has or had), and the manifest. Every
/// check — links, manifest, path lengths — runs before the first byte is written. Or, for CI,
/// compares the root with what would be written without touching anything.
/// </summary>
internal static class OutputFolder
{
    /// <summary>The longest path the emit writes: Linux's PATH_MAX is 4096 bytes.</summary>
    private const int MaxPathLength = 4000;

    public static EmitResult Write(IReadOnlyList<RenderedHost> hosts, string outputRoot) =>
        Write(hosts, outputRoot, withManifest: true);

    /// <summary>Writes <paramref name="hosts"/>; <paramref name="withManifest"/> false writes the host folders only, deleting nothing.</summary>
    public static EmitResult Write(IReadOnlyList<RenderedHost> hosts, string outputRoot, bool withManifest) =>
        Guard(outputRoot, () => Plan(hosts, outputRoot, withManifest));

    /// <summary>Runs an emit into <paramref name="outputRoot"/>; a folder that cannot be read becomes PFX0104 (nothing was changed).</summary>
    public static EmitResult Guard(string outputRoot, Func<EmitResult> emit)
    {
        try
        {
            return emit();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Reading the folder failed before anything was written (permissions, an unreadable file).
            throw new PostfixOutputException(BuildRules.WriteFailed, outputRoot, "could not be read: " + exception.Message,
                "a readable and writable output folder; nothing was changed", exception);
        }
    }

    private static EmitResult Plan(IReadOnlyList<RenderedHost> hosts, string outputRoot, bool withManifest)
    {
        var root = Path.GetFullPath(outputRoot);
        SafePaths.RequireFolderOrNothing(root);
        var batch = new WriteBatch();
        try
        {
            var written = new List<string>();
            var unchanged = new List<string>();
            foreach (var host in hosts)
            {
                SafePaths.RequireFolderOrNothing(Path.Combine(root, host.Name));
                foreach (var file in host.Files)
                {
                    var path = FullPath(root, OutputManifest.Entry(host.Name, file.Name));
                    (WriteIfChanged(batch, path, file.Content, file.Secret) ? written : unchanged).Add(path);
                }
            }

            var deleted = withManifest ? StageStaleAndManifest(batch, root, Entries(hosts), hosts.Count) : [];
            batch.Commit();
            return new EmitResult(written, unchanged) { Deleted = deleted };
        }
        catch
        {
            batch.Abort();
            throw;
        }
    }

    private static bool WriteIfChanged(WriteBatch batch, string path, string content, bool secret)
    {
        try
        {
            return batch.WriteIfChanged(path, content, secret);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new PostfixOutputException(BuildRules.WriteFailed, path, "could not be written: " + exception.Message,
                "a writable folder with free space; every file was left as it was", exception);
        }
    }

    /// <summary>
    /// Stages the deletion of the files an earlier emit wrote and <paramref name="entries"/> no longer
    /// has, and the new manifest; returns the files to delete. A project without hosts (say, a test
    /// project that references the hosts' library) that never emitted gets no manifest.
    /// </summary>
    internal static IReadOnlyList<string> StageStaleAndManifest(WriteBatch batch, string root, IEnumerable<string> entries, int hostCount)
    {
        var current = entries.ToList();
        var manifest = Path.Combine(root, OutputManifest.FileName);
        if (hostCount == 0 && !File.Exists(manifest))
        {
            return [];
        }

        var deleted = new List<string>();
        foreach (var stale in OutputManifest.Read(root).Except(current, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var path = FullPath(root, stale);
            SafePaths.RequireFolderOrNothing(Path.GetDirectoryName(path)!);
            if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            {
                batch.Delete(path);
                deleted.Add(path);
            }
        }

        batch.WriteIfChanged(manifest, OutputManifest.Render(current));
        return deleted;
    }

    public static IReadOnlyList<OutputDifference> Compare(IReadOnlyList<RenderedHost> hosts, string outputRoot)
    {
        var differences = new List<OutputDifference>();
        foreach (var host in hosts)
        {
            foreach (var file in host.Files)
            {
                var path = FullPath(outputRoot, OutputManifest.Entry(host.Name, file.Name));
                if (new FileInfo(path).LinkTarget is not null)
                {
                    differences.Add(new(path, "is a symbolic link, which the emit never writes through"));
                }
                else if (!File.Exists(path))
                {
                    differences.Add(new(path, "is missing"));
                }
                else if (!WriteBatch.HasContent(path, file.Content))
                {
                    differences.Add(new(path, "differs from what the model produces"));
                }
            }
        }

        foreach (var stale in Stale(hosts, outputRoot))
        {
            var path = FullPath(outputRoot, stale);
            if (File.Exists(path))
            {
                differences.Add(new(path, "is no longer produced by the model and would be deleted"));
            }
        }

        return differences;
    }

    private static IEnumerable<string> Entries(IReadOnlyList<RenderedHost> hosts) =>
        hosts.SelectMany(host => host.Files.Select(file => OutputManifest.Entry(host.Name, file.Name)));

    private static IEnumerable<string> Stale(IReadOnlyList<RenderedHost> hosts, string outputRoot) =>
        OutputManifest.Read(outputRoot).Except(Entries(hosts), StringComparer.Ordinal).Order(StringComparer.Ordinal);

    internal static string FullPath(string outputRoot, string entry)
    {
        var path = Path.GetFullPath(Path.Combine(outputRoot, entry));
        if (path.Length > MaxPathLength)
        {
            throw new PostfixOutputException(BuildRules.WriteFailed, path, $"is {path.Length} characters long",
                $"a path of at most {MaxPathLength} characters: a shorter output folder, host name or file name");
        }

        return path;
    }
}
