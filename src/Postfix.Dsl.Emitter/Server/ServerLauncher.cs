using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;

namespace Postfix.Dsl.Emitter;

/// <summary>
/// Starts a project's emit server in the background, with the command that started this emitter, so
/// it runs against the same runtime, deps.json and library. It gets pipes of its own (closed here at
/// once), never the build's: the build's output ends when this emitter ends. Under <c>setsid</c> where
/// there is one, so a Ctrl+C meant for the build does not reach it.
/// </summary>
internal static class ServerLauncher
{
    private const string Setsid = "/usr/bin/setsid";

    public static void Start(ServerAddress address)
    {
        var detached = File.Exists(Setsid);
        var start = new ProcessStartInfo(detached ? Setsid : address.HostCommand[0])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // This emitter's, so that the command's relative paths, if any, mean what they meant here.
            WorkingDirectory = Environment.CurrentDirectory,
        };
        for (var i = detached ? 0 : 1; i < address.HostCommand.Count; i++)
        {
            start.ArgumentList.Add(address.HostCommand[i]);
        }

        start.ArgumentList.Add("--serve");
        start.ArgumentList.Add(address.SocketPath);
        try
        {
            using var process = Process.Start(start);
            process?.StandardInput.Close();
            process?.StandardOutput.Close();
            process?.StandardError.Close();
        }
        catch (Exception exception) when (exception is Win32Exception or IOException or InvalidOperationException)
        {
            // No server: the next build emits by itself, as this one did.
        }
    }
}
