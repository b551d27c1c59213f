using System.Collections.Generic;
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

    /// <summary>
    /// The project's output folder, where assemblies that <see cref="Dependencies"/> does not name are
    /// looked for; empty: the folder of <see cref="AssemblyPath"/>.
    /// </summary>
    public string ProbeFolder { get; set; } = "";

    /// <summary>
    /// The files the build copies into the output folder (<c>@(ReferenceCopyLocalPaths)</c>, with their
    /// <c>DestinationSubDirectory</c>): the server loads the project's dependencies from them, so an
    /// emit handed over before the copy sees a referenced project as just built.
    /// </summary>
    public ITaskItem[] Dependencies { get; set; } = [];

    /// <summary>What the project's registry receives (<c>--output</c>, <c>--project-dir</c>, <c>--verify</c>).</summary>
    public string[] Arguments { get; set; } = [];

    /// <summary>The working folder the emitter would have had.</summary>
    public string WorkingDirectory { get; set; } = "";

    /// <summary>The emit request, with the build's environment, folder and culture as they are now.</summary>
    private protected EmitRequest Request()
    {
        var dependencies = new List<KeyValuePair<string, string>>();
        foreach (var item in Dependencies)
        {
            if (string.Equals(item.GetMetadata("Extension"), ".dll", System.StringComparison.OrdinalIgnoreCase))
            {
                var folder = item.GetMetadata("DestinationSubDirectory").Replace('\\', '/').Trim('/');
                var name = item.GetMetadata("Filename") + item.GetMetadata("Extension");
                dependencies.Add(new(folder.Length > 0 ? folder + "/" + name : name, item.GetMetadata("FullPath")));
            }
        }

        var probeFolder = ProbeFolder.Length > 0 ? Path.GetFullPath(ProbeFolder) : "";
        return EmitRequest.Emit(Path.GetFullPath(AssemblyPath), Arguments, Path.GetFullPath(WorkingDirectory), probeFolder, dependencies);
    }
}
