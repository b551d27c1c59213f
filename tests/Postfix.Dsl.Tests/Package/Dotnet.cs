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
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Plain, parseable output; no MSBuild node left behind; nothing inherited from `dotnet test`.
        start.ArgumentList.Add("-tl:off");
        start.ArgumentList.Add("-nodeReuse:false");
        if (nugetPackages.Length > 0)
        {
            start.Environment["NUGET_PACKAGES"] = nugetPackages;
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var inherited in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG" })
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
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
