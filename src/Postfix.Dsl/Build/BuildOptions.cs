using System;

namespace Postfix.Dsl;

/// <summary>The emitter's command line, as the build targets pass it.</summary>
internal sealed record BuildOptions(string OutputRoot, string ProjectDirectory, bool Verify)
{
    public static BuildOptions Parse(string[] args)
    {
        string? output = null;
        string? project = null;
        var verify = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--output" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--project-dir" when i + 1 < args.Length:
                    project = args[++i];
                    break;
                case "--verify":
                    verify = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown emitter argument \"{args[i]}\"; expected --output <folder> --project-dir <folder> [--verify].");
            }
        }

        project ??= Environment.CurrentDirectory;
        return new BuildOptions(System.IO.Path.GetFullPath(output ?? System.IO.Path.Combine(project, "postfix")), project, verify);
    }
}
