using System.IO;
using Microsoft.Build.Framework;
using Postfix.Dsl.Emitter;

namespace Postfix.Dsl.Tasks;

/// <summary>What a task that hands an emit to the project's emit server is given, and the request it makes of it.</summary>
public abstract class ServerEmitTask : Microsoft.Build.Utilities.Task
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

    /// <summary>The emit request, with the build's environment, folder and culture as they are now.</summary>
    private protected EmitRequest Request() => EmitRequest.Emit(Path.GetFullPath(AssemblyPath), Arguments, Path.GetFullPath(WorkingDirectory));
}
