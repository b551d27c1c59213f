using Microsoft.Build.Framework;
using Postfix.Dsl.Emitter;

namespace Postfix.Dsl.Tasks;

/// <summary>
/// Hands the project's emit to its warm emit server and waits for it, from inside MSBuild, when one is
/// running and matches the project's current setup: the verifying build's (<c>--verify</c>, whose
/// answer decides the build) and <c>-t:PostfixDslStopEmitServer</c>. <see cref="ExitCode"/> is then the
/// emit's, and every line it printed is logged as the emitter's output would be. Otherwise
/// <see cref="ExitCode"/> stays -1 and the build runs the emitter process. A writing build uses
/// <see cref="StartEmitThroughServer"/> and <see cref="FinishEmitThroughServer"/> instead.
/// </summary>
public sealed class EmitThroughServer : ServerEmitTask
{
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

        if (EmitClient.Exchange(address, Request()) is not { Served: true } response)
        {
            return true;
        }

        EmitOutputLog.Write(Log, response);
        ExitCode = response.ExitCode;
        return !Log.HasLoggedErrors;
    }
}
