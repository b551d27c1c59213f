using System.Linq;
using System.Reflection;

namespace Postfix.Dsl.Generators.Tests;

/// <summary>Folders of the repository, as recorded at build time (not [CallerFilePath], which CI builds rewrite).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Snapshots => System.IO.Path.Combine(Root, "tests", "Postfix.Dsl.Generators.Tests", "Snapshots");
}
