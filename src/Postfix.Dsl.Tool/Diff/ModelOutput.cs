using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Postfix.Dsl.Tool.Diff;

/// <summary>
/// The files a Postfix.Dsl project's model produces, built into a temporary folder with
/// <c>dotnet build -p:PostfixDslOutputPath=…</c>: the committed output is not touched.
/// </summary>
internal sealed class ModelOutput : IDisposable
{
    private ModelOutput(string root) => Root = root;

    /// <summary>The folder that holds one sub-folder per host.</summary>
    public string Root { get; }

    /// <summary>Builds <paramref name="projectDirectory"/>; throws <see cref="ConfigurationReadException"/> with the build's errors when it fails.</summary>
    public static ModelOutput Build(string projectDirectory)
    {
        if (!Directory.Exists(projectDirectory))
        {
            throw new ConfigurationReadException($"{projectDirectory}: no such directory; expected a project folder that references Postfix.Dsl");
        }

        var root = Directory.CreateTempSubdirectory("postfix-dsl-plan-").FullName;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = projectDirectory,
        };
        foreach (var argument in new[] { "build", projectDirectory, "-nologo", "-v:q", "-clp:NoSummary", $"-p:PostfixDslOutputPath={root}/" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Directory.Delete(root, recursive: true);
            var lines = (output.Result + errors.Result).Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(20);
            throw new ConfigurationReadException($"{projectDirectory}: dotnet build failed; expected a project that builds:\n" + string.Join("\n", lines));
        }

        return new ModelOutput(root);
    }

    /// <summary>The folder of host <paramref name="name"/>, or of the only host when null.</summary>
    public string Host(string? name)
    {
        var hosts = Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        if (name is not null)
        {
            return hosts.Contains(name)
                ? Path.Combine(Root, name)
                : throw new ConfigurationReadException($"the model has no host {name}; expected one of: {string.Join(", ", hosts)}");
        }

        return hosts.Count == 1
            ? Path.Combine(Root, hosts[0])
            : throw new ConfigurationReadException($"the model has {hosts.Count} hosts ({string.Join(", ", hosts)}); expected --host <name> to say which one the configuration directory is");
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
