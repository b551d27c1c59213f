using System.IO;
using System.Runtime;

/// <summary>
/// The runtime's multi-core JIT for the emitter. The build starts the emitter once per change and it
/// lives a fraction of a second, most of it compiling and preparing the methods of its first host.
/// The runtime records which methods those were in a profile (in the project's obj folder); the next
/// emitter compiles them on a second core while the first one runs, in the order they were needed.
/// A missing, stale or unreadable profile only means a run without that help: the runtime checks it
/// against the loaded assemblies and ignores what no longer matches, and writes a new one at exit.
/// </summary>
internal static class StartupProfile
{
    public const string FileName = "postfix-dsl-emitter.jitprofile";

    public static void Start(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            return;
        }

        ProfileOptimization.SetProfileRoot(root);
        ProfileOptimization.StartProfile(FileName);
    }
}
