using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace Postfix.Dsl.Tool.Apply;

/// <summary>The Postfix programs apply runs, each for one configuration directory (<c>-c</c>), each line it runs printed.</summary>
internal sealed class PostfixCommands(TextWriter log)
{
    public const string Postfix = "/usr/sbin/postfix";
    public const string Postconf = "/usr/sbin/postconf";
    public const string Postmap = "/usr/sbin/postmap";
    public const string Postalias = "/usr/sbin/postalias";

    /// <summary>Runs a program; returns its exit code and what it printed on stderr and stdout.</summary>
    public (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        log.WriteLine("run: " + Path.GetFileName(program) + " " + string.Join(" ", arguments));
        return Quiet(program, arguments);
    }

    /// <summary>Runs a program that only inspects (status), without printing it as a step.</summary>
    public static (int ExitCode, string Output) Quiet(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new ApplyException($"{program} could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, error.Result + output.Result);
    }

    /// <summary>True when a master process runs for <paramref name="configDirectory"/>.</summary>
    public static bool IsRunning(string configDirectory) => Quiet(Postfix, ["-c", configDirectory, "status"]).ExitCode == 0;
}
