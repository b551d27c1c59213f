using System.IO;
using System.Threading.Tasks;
using Microsoft.Build.Framework;
using Postfix.Dsl.Emitter;

namespace Postfix.Dsl.Tasks;

/// <summary>
/// Hands the project's emit to its warm emit server right after the compiler and returns at once, so
/// that the server's work overlaps the rest of the build (the copy to <c>bin/</c>, <c>IncrementalClean</c>);
/// <see cref="FinishEmitThroughServer"/> collects the answer after them, and the build fails there if
/// the emit did. <see cref="Started"/> is false when no server socket is there: the build then runs the
/// emitter process once the copy to <c>bin/</c> is done.
/// </summary>
public sealed class StartEmitThroughServer : ServerEmitTask
{
    /// <summary>True when the emit was handed over and <see cref="FinishEmitThroughServer"/> must collect it.</summary>
    [Output]
    public bool Started { get; set; }

    public override bool Execute()
    {
        if (ServerAddress.ForCommand(HostCommand) is not { } address || !File.Exists(address.SocketPath))
        {
            return true;
        }

        // The request is made here, on MSBuild's thread: it carries the build's environment, folder and culture as they are now.
        var request = Request();
        PendingEmits.Add(request.AssemblyPath, Task.Run(() => EmitClient.Exchange(address, request)));
        Started = true;
        return true;
    }
}
