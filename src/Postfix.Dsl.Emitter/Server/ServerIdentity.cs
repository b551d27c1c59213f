using System;
using System.Collections.Generic;
using System.IO;

namespace Postfix.Dsl.Emitter;

/// <summary>
/// What an emit server was started with, checked again before each emit: the content of the project's
/// deps.json and runtimeconfig (a rebuild rewrites them unchanged; a new package or setting changes
/// them), and the size and time of the dotnet host, the emitter, and the Postfix.Dsl and Scriban
/// assemblies the server has loaded. When any differs, the server declines and stops, so the build
/// emits by itself and starts a server that matches.
/// </summary>
internal static class ServerIdentity
{
    // Where the deps.json resolved the libraries the server keeps loaded: fixed for the process, so found once.
    private static readonly Lazy<string[]> Libraries = new(() => Array.FindAll(
        (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator),
        path => Path.GetFileName(path) is "Postfix.Dsl.dll" or "Scriban.Signed.dll"));

    public static ulong Of(IReadOnlyList<string> command)
    {
        var hash = new ServerAddress.Fnv1a();
        foreach (var argument in command)
        {
            // Only absolute paths: the server's working folder is each emit's own.
            if (!Path.IsPathFullyQualified(argument) || !File.Exists(argument))
            {
                continue;
            }

            var file = new FileInfo(argument);
            if (argument.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                hash.Add(File.ReadAllBytes(argument));
            }
            else
            {
                hash.Add(argument + ":" + file.Length + ":" + file.LastWriteTimeUtc.Ticks);
            }
        }

        foreach (var path in Libraries.Value)
        {
            if (File.Exists(path))
            {
                var file = new FileInfo(path);
                hash.Add(path + ":" + file.Length + ":" + file.LastWriteTimeUtc.Ticks);
            }
        }

        return hash.Value;
    }
}
