using System;
using System.Collections.Generic;

namespace Postfix.Dsl.Emitter;

/// <summary>
/// The emitter's command line: <c>--assembly &lt;project.dll&gt;</c>, then its own options in any order,
/// then the arguments it hands to the project's registry (<c>--output</c>, <c>--project-dir</c>, <c>--verify</c>).
/// Or <c>--serve &lt;socket&gt;</c>, which only the emitter itself starts (see <see cref="EmitServer"/>).
/// </summary>
internal sealed class EmitterArguments
{
    public const string Usage =
        "Usage: Postfix.Dsl.Emitter --assembly <project.dll> [--startup-profile <folder>] [--emit-server] [--stop-server] [--output <folder>] [--project-dir <folder>] [--verify]";

    private EmitterArguments()
    {
    }

    /// <summary>The project's assembly, as a full path.</summary>
    public string AssemblyPath { get; private init; } = "";

    /// <summary>Where the multi-core JIT profile lives (the project's obj folder), or null.</summary>
    public string? ProfileFolder { get; private set; }

    /// <summary>True when the build allows a warm emit server for this project (<c>PostfixDslEmitServer</c>).</summary>
    public bool UseServer { get; private set; }

    /// <summary>True to stop this project's emit server instead of emitting.</summary>
    public bool StopServer { get; private set; }

    /// <summary>In server mode, the socket to listen on; null otherwise.</summary>
    public string? ServeSocket { get; private init; }

    /// <summary>What the project's registry receives.</summary>
    public string[] RegistryArguments { get; private set; } = [];

    public static EmitterArguments? Parse(string[] args)
    {
        if (args is ["--serve", var socket])
        {
            return new EmitterArguments { ServeSocket = socket };
        }

        if (args.Length < 2 || args[0] != "--assembly")
        {
            return null;
        }

        var parsed = new EmitterArguments { AssemblyPath = System.IO.Path.GetFullPath(args[1]) };
        var rest = new Queue<string>(args[2..]);
        while (rest.Count > 0)
        {
            switch (rest.Peek())
            {
                case "--startup-profile" when rest.Count >= 2:
                    rest.Dequeue();
                    parsed.ProfileFolder = rest.Dequeue();
                    break;
                case "--emit-server":
                    rest.Dequeue();
                    parsed.UseServer = true;
                    break;
                case "--stop-server":
                    rest.Dequeue();
                    parsed.StopServer = true;
                    break;
                default:
                    parsed.RegistryArguments = [.. rest];
                    return parsed;
            }
        }

        return parsed;
    }
}
