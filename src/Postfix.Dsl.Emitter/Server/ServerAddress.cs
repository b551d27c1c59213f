using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Postfix.Dsl.Emitter;

/// <summary>
/// Where a project's emit server listens, and how to start it: one server per command that starts the
/// project's emitter (the dotnet host, the project's deps.json and runtimeconfig, the probing path and
/// the emitter, up to the emitter's path), named by a hash of that command. The build's emitter reads
/// the command from <c>/proc/self/cmdline</c>; the build's task is given the same arguments. What those
/// files hold is the server's to check (<see cref="ServerIdentity"/>).
/// <para>
/// Linux only. The socket lives in a folder only its user can enter (<c>$XDG_RUNTIME_DIR/postfix-dsl</c>,
/// else <c>/tmp/postfix-dsl-&lt;uid&gt;</c>, mode 0700); a folder with any other mode is not used, and
/// the build runs the emit itself.
/// </para>
/// </summary>
internal sealed class ServerAddress
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    // sockaddr_un holds 108 bytes with the terminating NUL.
    private const int MaxSocketPath = 100;

    private ServerAddress(string socketPath, IReadOnlyList<string> hostCommand)
    {
        SocketPath = socketPath;
        HostCommand = hostCommand;
    }

    /// <summary>The Unix socket's path.</summary>
    public string SocketPath { get; }

    /// <summary>The command that starts this emitter, up to and including the emitter's path.</summary>
    public IReadOnlyList<string> HostCommand { get; }

    /// <summary>The address for the project this emitter was started for, or null where no server can be used.</summary>
    public static ServerAddress? ForThisProcess()
    {
        // /proc is Linux's; ForCommand checks the rest.
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var command = HostCommandOf(File.ReadAllBytes("/proc/self/cmdline"), typeof(ServerAddress).Assembly.Location);
            return command is null ? null : ForCommand(command);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The address for the emitter started by <paramref name="command"/> (up to and including the emitter's path), or null where no server can be used.</summary>
    public static ServerAddress? ForCommand(IReadOnlyList<string> command)
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("POSTFIX_DSL_EMIT_SERVER") == "0" || command.Count < 2)
        {
            return null;
        }

        try
        {
            if (Folder() is not { } folder)
            {
                return null;
            }

            var hash = new Fnv1a();
            foreach (var argument in command)
            {
                hash.Add(argument);
            }

            var socket = Path.Combine(folder, hash.Value.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) + ".sock");
            return Encoding.UTF8.GetByteCount(socket) <= MaxSocketPath ? new ServerAddress(socket, command) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The NUL-separated command line, cut after the argument that is the emitter; null if none is.</summary>
    internal static IReadOnlyList<string>? HostCommandOf(byte[] commandLine, string emitterPath)
    {
        var arguments = Encoding.UTF8.GetString(commandLine).TrimEnd('\0').Split('\0');
        for (var i = 1; i < arguments.Length; i++)
        {
            if (arguments[i].Length > 0 && string.Equals(Path.GetFullPath(arguments[i]), emitterPath, StringComparison.Ordinal))
            {
                return arguments[..(i + 1)];
            }
        }

        return null;
    }

    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private static string? Folder()
    {
        var runtime = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        var folder = !string.IsNullOrEmpty(runtime) && Directory.Exists(runtime)
            ? Path.Combine(runtime, "postfix-dsl")
            : Path.Combine(Path.GetTempPath(), "postfix-dsl-" + UnixSocketClient.geteuid().ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, OwnerOnly);
        }

        // Another user's folder, or one others may enter, is not used: its sockets could be anyone's.
        return File.GetUnixFileMode(folder) == OwnerOnly && (File.GetAttributes(folder) & FileAttributes.ReparsePoint) == 0 ? folder : null;
    }

    /// <summary>FNV-1a, 64 bits: a name in a folder only its user can enter, not a security boundary.</summary>
    internal sealed class Fnv1a
    {
        public ulong Value { get; private set; } = 14695981039346656037UL;

        public void Add(string text) => Add(Encoding.UTF8.GetBytes(text + "\0"));

        public void Add(byte[] bytes)
        {
            foreach (var b in bytes)
            {
                Value = (Value ^ b) * 1099511628211UL;
            }
        }
    }
}
