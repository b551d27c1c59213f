using System.IO;
using Microsoft.Build.Framework;

namespace Postfix.Dsl.Tasks;

/// <summary>
/// Collects the emit <see cref="StartEmitThroughServer"/> handed over: waits for the server's answer
/// and logs what the emit printed. <see cref="ExitCode"/> is the emit's, or -1 when the server did
/// not run it (it declined, or went away); the build then runs the emitter process itself.
/// </summary>
public sealed class FinishEmitThroughServer : Microsoft.Build.Utilities.Task
{
    /// <summary>The project's assembly, as given to <see cref="StartEmitThroughServer"/>.</summary>
    [Required]
    public string AssemblyPath { get; set; } = "";

    /// <summary>The emit's exit code, or -1 when no server ran it.</summary>
    [Output]
    public int ExitCode { get; set; } = -1;

    public override bool Execute()
    {
        if (PendingEmits.Take(Path.GetFullPath(AssemblyPath)) is not { } exchange
            || exchange.GetAwaiter().GetResult() is not { Served: true } response)
        {
            return true;
        }

        EmitOutputLog.Write(Log, response);
        ExitCode = response.ExitCode;
        return !Log.HasLoggedErrors;
    }
}
