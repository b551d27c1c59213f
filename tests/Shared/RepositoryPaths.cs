using System.IO;
using System.Linq;
using System.Reflection;

namespace Postfix.Dsl.Testing;

/// <summary>
/// Folders of the repository, as recorded at build time by tests/Directory.Build.props (not
/// [CallerFilePath], which deterministic CI builds rewrite). One definition for every test project.
/// </summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The test project's own Snapshots folder: tests/&lt;project&gt;/Snapshots.</summary>
    public static string Snapshots { get; } = Path.Combine(Root, "tests", typeof(RepositoryPaths).Assembly.GetName().Name!, "Snapshots");
}
