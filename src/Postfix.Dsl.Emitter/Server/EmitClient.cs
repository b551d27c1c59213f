using System;
using System.IO;

namespace Postfix.Dsl.Emitter;

/// <summary>The build's side of the emit server (in the emitter and in the build's task): hands the emit over, or says the build must run it itself.</summary>
internal static class EmitClient
{
    /// <summary>
    /// True when the project's server ran the emit: its output is printed here and
    /// <paramref name="exitCode"/> is the emit's. False when there is no server, it is busy starting,
    /// it declined, or the connection broke before an answer; the caller then emits itself. A broken
    /// connection changed nothing on disk (an emit writes all its files or none), so running it again is safe.
    /// </summary>
    public static bool TryEmit(ServerAddress address, EmitRequest request, out int exitCode)
    {
        exitCode = 0;
        var response = Exchange(address, request);
        if (response is not { Served: true })
        {
            return false;
        }

        Console.Out.Write(response.Output);
        Console.Error.Write(response.Errors);
        exitCode = response.ExitCode;
        return true;
    }

    /// <summary>Stops the project's server, if one runs; says what happened.</summary>
    public static string Stop(ServerAddress address) =>
        Exchange(address, EmitRequest.StopRequest()) is { Served: true } response
            ? response.Output
            : "Postfix.Dsl: no emit server was running for this project.";

    /// <summary>The server's answer, or null when there is none to be had.</summary>
    public static EmitResponse? Exchange(ServerAddress address, EmitRequest request)
    {
        if (!File.Exists(address.SocketPath))
        {
            return null;
        }

        using var bytes = new MemoryStream();
        request.Write(bytes);
        if (UnixSocketClient.Exchange(address.SocketPath, bytes.ToArray()) is not { } answer)
        {
            // No one listening (a server that died), or it went away mid-answer.
            return null;
        }

        try
        {
            return EmitResponse.Read(new MemoryStream(answer));
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }
}
