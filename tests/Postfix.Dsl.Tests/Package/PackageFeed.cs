using System;
using System.IO;

namespace Postfix.Dsl.Tests.Package;

/// <summary>
/// Packs Postfix.Dsl (and any other project of the repository asked for, such as the tool) once into
/// a temporary local feed, with a NuGet packages folder of its own, so a cached older build of the
/// package can never answer a consumer's restore.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    /// <summary>
    /// A version no published build has, so only this feed can provide it. Every test project packs at
    /// this one version: the version is compiled into the assemblies, so a pack at another would rebuild
    /// the repository's whole Release build (about a minute on two cores), where this one finds it up to date.
    /// </summary>
    public const string Version = "0.0.0-consumer-test";

    public PackageFeed()
        : this(Version, "src/Postfix.Dsl/Postfix.Dsl.csproj")
    {
    }

    /// <summary>A feed holding <paramref name="projects"/> (paths from the repository root) packed at <paramref name="version"/>.</summary>
    // Internal: an xunit collection fixture may have only one public constructor.
    internal PackageFeed(string version, params string[] projects)
    {
        Root = Directory.CreateTempSubdirectory("postfix-dsl-consumer-").FullName;
        Feed = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
        Packages = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        // The test projects run side by side, and three of them pack the library from the same
        // repository: one pack at a time, or two builds of the same project write the same files.
        using var packing = RepositoryLock();
        foreach (var project in projects)
        {
            // Packed with the machine's own packages folder: pack restores the repository's projects, and
            // their obj/project.assets.json must keep pointing where every other build of the repository
            // looks (a test project still building beside this one), not at a folder deleted afterwards.
            var pack = Dotnet.Run(Root, string.Empty, "pack", Path.Combine(RepositoryPaths.Root, project), "-c", "Release", "-o", Feed, $"-p:Version={version}");
            if (pack.ExitCode != 0 || !File.Exists(Path.Combine(Feed, $"{Path.GetFileNameWithoutExtension(project)}.{version}.nupkg")))
            {
                throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
            }
        }
    }

    /// <summary>An exclusive lock (flock) on a file named after the repository, waited for as long as a pack may take.</summary>
    private static FileStream RepositoryLock()
    {
        var name = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(RepositoryPaths.Root)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"postfix-dsl-pack-{name}.lock");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < TimeSpan.FromMinutes(15))
            {
                System.Threading.Thread.Sleep(200);
            }
        }
    }

    /// <summary>The temporary folder holding the feed, the packages folder, nuget.config and the consumer projects.</summary>
    public string Root { get; }

    /// <summary>The local feed holding the freshly packed Postfix.Dsl.</summary>
    public string Feed { get; }

    /// <summary>The NuGet packages folder the consumers restore into.</summary>
    public string Packages { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
