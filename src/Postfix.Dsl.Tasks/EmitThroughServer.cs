using System;
using System.IO;
using Microsoft.Build.Framework;
using Postfix.Dsl.Emitter;

namespace Postfix.Dsl.Tasks;

/// <summary>
/// Hands the project's emit to its warm emit server, from inside MSBuild, when one is running and
/// matches the project's current setup; <see cref="ExitCode"/> is then the emit's, and every line it
/// printed is logged as the emitter's output would be (canonical errors and warnings become build
/// errors and warnings). Otherwise <see cref="ExitCode"/> stays -1 and the build runs the emitter
/// process, which starts a server for the next build.
/// </summary>
public sealed class EmitThroughServer : Microsoft.Build.Utilities.Task
{
    /// <summary>The command that would start the emitter, up to and including the emitter's path (it names the server).</summary>
    [Required]
    public string[] HostCommand { get; set; } = [];

    /// <summary>The project's assembly.</summary>
    public string AssemblyPath { get; set; } = "";

    /// <summary>What the project's registry receives (<c>--output</c>, <c>--project-dir</c>, <c>--verify</c>).</summary>
    public string[] Arguments { get; set; } = [];

    /// <summary>The working folder the emitter would have had.</summary>
    public string WorkingDirectory { get; set; } = "";

    /// <summary>True to stop the project's server instead (<c>dotnet build -t:PostfixDslStopEmitServer</c>).</summary>
    public bool Stop { get; set; }

    /// <summary>The emit's exit code, or -1 when no server ran it.</summary>
    [Output]
    public int ExitCode { get; set; } = -1;

    public override bool Execute()
    {
        if (ServerAddress.ForCommand(HostCommand) is not { } address)
        {
            if (Stop)
            {
                Log.LogMessage(MessageImportance.High, "Postfix.Dsl: no emit server is used here (Linux only; POSTFIX_DSL_EMIT_SERVER=0 turns it off).");
            }

            return true;
        }

        if (Stop)
        {
            Log.LogMessage(MessageImportance.High, EmitClient.Stop(address));
            return true;
        }

        var request = EmitRequest.Emit(Path.GetFullPath(AssemblyPath), Arguments, Path.GetFullPath(WorkingDirectory));
        if (EmitClient.Exchange(address, request) is not { Served: true } response)
        {
            return true;
        }

        foreach (var text in new[] { response.Output, response.Errors })
        {
            foreach (var line in text.Split('\n'))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                // As Exec does with an emitter's output: "file(line,col): error PFXnnnn: ..." becomes a build
                // error. Only a line that can be one goes through MSBuild's parser, whose first use in a
                // build costs more than the rest of this task.
                if (MayBeCanonical(line))
                {
                    Log.LogMessageFromText(line.TrimEnd('\r'), MessageImportance.High);
                }
                else
                {
                    Log.LogMessage(MessageImportance.High, "{0}", line.TrimEnd('\r'));
                }
            }
        }

        ExitCode = response.ExitCode;
        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// True when <paramref name="line"/> has "error" or "warning" followed by a space or a colon, as
    /// every line in MSBuild's canonical error format has (<c>origin: [subcategory] error|warning [code]: text</c>).
    /// </summary>
    internal static bool MayBeCanonical(string line) => HasCategory(line, "error") || HasCategory(line, "warning");

    private static bool HasCategory(string line, string category)
    {
        for (var at = line.IndexOf(category, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(category, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + category.Length;
            if (end == line.Length || line[end] is ' ' or ':')
            {
                return true;
            }
        }

        return false;
    }
}
