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
    public static EmitResult Write(IReadOnlyList<RenderedHost> hosts, string outputRoot, bool withManifest)
    {
        try
        {
            return Plan(hosts, outputRoot, withManifest);
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

        // A project without hosts (say, a test project that references the hosts' library) gets no folder.
        if (hosts.Count == 0 && (!withManifest || !File.Exists(Path.Combine(root, OutputManifest.FileName))))
        {
            return new EmitResult([], []);
        }

        var batch = new WriteBatch();
        var unchanged = new List<string>();
        foreach (var host in hosts)
        {
            SafePaths.RequireFolderOrNothing(Path.Combine(root, host.Name));
            foreach (var file in host.Files)
            {
                var path = FullPath(root, OutputManifest.Entry(host.Name, file.Name));
                if (!batch.WriteIfChanged(path, file.Content, file.Secret))
                {
                    unchanged.Add(path);
                }
            }
        }

        var deleted = new List<string>();
        if (withManifest)
        {
            foreach (var stale in Stale(hosts, root))
            {
                var path = FullPath(root, stale);
                SafePaths.RequireFolderOrNothing(Path.GetDirectoryName(path)!);
                if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
                {
                    batch.Delete(path);
                    deleted.Add(path);
                }
            }

            batch.WriteIfChanged(Path.Combine(root, OutputManifest.FileName), OutputManifest.Render(Entries(hosts)));
        }

        batch.Commit();
        var written = batch.Writes.Where(p => Path.GetFileName(p) != OutputManifest.FileName).ToList();
        return new EmitResult(written, unchanged) { Deleted = deleted };
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

    private static string FullPath(string outputRoot, string entry)
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
