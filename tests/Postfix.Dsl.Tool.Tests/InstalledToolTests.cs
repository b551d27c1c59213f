using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Postfix.Dsl.Tests.Corpus;
using Postfix.Dsl.Tests.Package;
using Postfix.Dsl.Tests.RealPostfix;
using Xunit;

namespace Postfix.Dsl.Tool.Tests;

/// <summary>
/// The tool as a user meets it: packed with the library into a local feed, installed with
/// <c>dotnet tool install --add-source</c> into a temporary tool path, run as <c>postfix-dsl import</c>,
/// and the project it writes built with <c>dotnet build</c>, whose files mean what the original means.
/// </summary>
public sealed class InstalledToolTests : IDisposable
{
    // The library's feed version: a pack at another version rebuilds the repository's Release build (a minute
    // on two cores), while the other test projects' packs at this one find it up to date.
    private const string Version = PackageFeed.Version;

    private readonly PackageFeed _feed = new(Version, "src/Postfix.Dsl/Postfix.Dsl.csproj", "src/Postfix.Dsl.Tool/Postfix.Dsl.Tool.csproj");

    private string Root => _feed.Root;

    public void Dispose() => _feed.Dispose();

    [Fact]
    public void The_tool_installs_from_the_feed_imports_a_host_and_the_project_builds_into_the_same_meaning()
    {
        PostfixTools.Require();
        var (feed, packages) = (_feed.Feed, _feed.Packages);
        var tools = Path.Combine(Root, "tools");
        var install = Run(Root, packages, "dotnet", "tool", "install", "--tool-path", tools, "--add-source", feed, "--version", Version, "Postfix.Dsl.Tool");
        Assert.True(install.ExitCode == 0, install.Output);

        var original = Path.Combine(RepositoryPaths.Root, "tests", "Postfix.Dsl.Tests", "Corpus", "docker-mailserver", "original");
        var project = Path.Combine(Root, "dms");
        var import = Run(Root, packages, Path.Combine(tools, "postfix-dsl"), "import", original, "--output", project, "--name", "dms");
        Assert.True(import.ExitCode == 0, import.Output);
        Assert.Contains("postfix-dsl: imported dms:", import.Output);
        Assert.Contains($"<PackageReference Include=\"Postfix.Dsl\" Version=\"{Version}\" />", File.ReadAllText(Path.Combine(project, "Imported.csproj")));

        var build = Dotnet.Run(project, packages, "build");
        Assert.True(build.ExitCode == 0, build.Output);
        var written = Path.Combine(project, "postfix", "dms");
        var differences = ConfigurationMeaning.Differences(ConfigurationMeaning.Of(original), ConfigurationMeaning.Of(written));
        Assert.True(differences.Count == 0, string.Join("\n", differences));

        // Scripts can rely on the exit codes: a folder without main.cf is refused with the reason, nothing written.
        var refused = Run(Root, packages, Path.Combine(tools, "postfix-dsl"), "import", Path.Combine(Root, "empty"), "--output", Path.Combine(Root, "nothing"));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("main.cf: not found", refused.Output);
        Assert.False(Directory.Exists(Path.Combine(Root, "nothing")));
        Assert.Equal(2, Run(Root, packages, Path.Combine(tools, "postfix-dsl"), "import").ExitCode);
    }

    private static Dotnet.Result Run(string directory, string packages, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        start.Environment["NUGET_PACKAGES"] = packages;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new Dotnet.Result(process.ExitCode, output.Result + error);
    }
}
