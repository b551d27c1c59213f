using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Writes several rendered hosts into one output root, keeping <see cref="OutputManifest"/> up to
/// date, deleting the files an earlier emit wrote and the model no longer has; or, for CI, compares
/// the root with what would be written without touching anything.
/// </summary>
internal static class OutputFolder
{
    public static EmitResult Write(IReadOnlyList<RenderedHost> hosts, string outputRoot)
    {
        // A project without hosts (say, a test project that references the hosts' library) gets no folder.
        if (hosts.Count == 0 && !File.Exists(Path.Combine(outputRoot, OutputManifest.FileName)))
        {
            return new EmitResult([], []);
        }

        Directory.CreateDirectory(outputRoot);
        var written = new List<string>();
        var unchanged = new List<string>();
        foreach (var host in hosts)
        {
            var result = HostWriter.Write(host, outputRoot);
            written.AddRange(result.Written);
            unchanged.AddRange(result.Unchanged);
        }

        var deleted = new List<string>();
        foreach (var stale in Stale(hosts, outputRoot))
        {
            var path = FullPath(outputRoot, stale);
            if (File.Exists(path))
            {
                File.Delete(path);
                deleted.Add(path);
            }

            // A host folder emptied by the deletion was created by an emit: remove it too.
            var folder = Path.GetDirectoryName(path)!;
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        var manifest = OutputManifest.Render(Entries(hosts));
        HostWriter.WriteIfChanged(Path.Combine(outputRoot, OutputManifest.FileName), manifest);
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
                if (!File.Exists(path))
                {
                    differences.Add(new(path, "is missing"));
                }
                else if (!HostWriter.HasContent(path, file.Content))
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

    private static string FullPath(string outputRoot, string entry) =>
        Path.GetFullPath(Path.Combine(outputRoot, entry));
}
