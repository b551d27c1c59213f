using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace Postfix.Dsl.Tests.Package;

/// <summary>Runs the dotnet CLI as a user would, isolated from the test host's MSBuild environment.</summary>
internal static class Dotnet
{
    public sealed record Result(int ExitCode, string Output);

    public static Result Run(string workingDirectory, string nugetPackages, params string[] args) =>
        Run(workingDirectory, nugetPackages, new Dictionary<string, string>(), args);

    /// <summary>Runs with <paramref name="environment"/> added to (or replacing) the usual environment.</summary>
    public static Result Run(string workingDirectory, string nugetPackages, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        // Plain, parseable output; no MSBuild node left behind; nothing inherited from `dotnet test`.
        var settings = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            // No compiler server, and so no emit server, unless a test asks for one (-p:PostfixDslEmitServer=true)
            // and stops it: a server started by any other test would outlive the run.
            ["UseSharedCompilation"] = "false",
        };
        if (nugetPackages.Length > 0)
        {
            settings["NUGET_PACKAGES"] = nugetPackages;
        }

        foreach (var inherited in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG" })
        {
            settings[inherited] = null;
        }

        foreach (var (name, value) in environment)
        {
            settings[name] = value;
        }

        return Program("dotnet", [.. args, "-tl:off", "-nodeReuse:false"], settings, workingDirectory);
    }

    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="environment"/> changed (a null value removes a
    /// variable) and returns its exit code and everything it printed, standard output and error as they came.
    /// </summary>
    public static Result Program(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string?> environment, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory ?? string.Empty,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString());
    }
}
