using System.IO;
using System.Threading.Tasks;
using Microsoft.Build.Framework;
using Postfix.Dsl.Emitter;

namespace Postfix.Dsl.Tasks;

/// <summary>
/// Hands the project's emit to its warm emit server and returns at once, so that the server's work
/// overlaps the build's last targets (<c>IncrementalClean</c>); <see cref="FinishEmitThroughServer"/>
/// collects the answer after them, and the build fails there if the emit did. <see cref="Started"/>
/// is false when no server socket is there: the build then runs the emitter process at once.
/// </summary>
public sealed class StartEmitThroughServer : Microsoft.Build.Utilities.Task
{
    /// <summary>The command that would start the emitter, up to and including the emitter's path (it names the server).</summary>
    [Required]
    public string[] HostCommand { get; set; } = [];

    /// <summary>The project's assembly.</summary>
    [Required]
    public string AssemblyPath { get; set; } = "";

    /// <summary>What the project's registry receives (<c>--output</c>, <c>--project-dir</c>).</summary>
    public string[] Arguments { get; set; } = [];

    /// <summary>The working folder the emitter would have had.</summary>
    public string WorkingDirectory { get; set; } = "";

    /// <summary>True when the emit was handed over and <see cref="FinishEmitThroughServer"/> must collect it.</summary>
    [Output]
    public bool Started { get; set; }

    public override bool Execute()
    {
        if (ServerAddress.ForCommand(HostCommand) is not { } address || !File.Exists(address.SocketPath))
        {
            return true;
        }

        var assembly = Path.GetFullPath(AssemblyPath);
        // The request is made here, on MSBuild's thread: it carries the build's environment, folder and culture as they are now.
        var request = EmitRequest.Emit(assembly, Arguments, Path.GetFullPath(WorkingDirectory));
        PendingEmits.Add(assembly, Task.Run(() => EmitClient.Exchange(address, request)));
        Started = true;
        return true;
    }
}
