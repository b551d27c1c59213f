using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Postfix.Dsl.Emitter;

/// <summary>
/// A project's emit server: a process that keeps Postfix.Dsl loaded and its code compiled, so that a
/// build's emit skips the runtime's start and the first-call costs that are most of a one-off
/// emitter's time (as the compiler server does for csc). The build's emitter starts one after an emit
/// it ran itself (<see cref="ServerLauncher"/>) and hands it the next ones (<see cref="EmitClient"/>).
/// <para>
/// One emit at a time (a build that comes while one runs emits by itself), each with the build's arguments, working folder, environment and culture, and
/// the project's assemblies freshly loaded into a context unloaded afterwards
/// (<see cref="ProjectLoadContext"/>): the project's code sees what a one-off emitter would show it.
/// It stops after ten idle minutes (<c>POSTFIX_DSL_EMIT_SERVER_IDLE_SECONDS</c>), after
/// <see cref="MaxEmits"/> emits (so nothing a project's code leaves behind accumulates), or when asked.
/// A second server for the same socket finds the lock taken and exits.
/// </para>
/// </summary>
internal static class EmitServer
{
    public const int MaxEmits = 100;

    // What a one-off emitter's main thread has (Linux's default 8 MB), for the project's code.
    private const int MainThreadStack = 8 << 20;

    private static readonly TimeSpan DefaultIdle = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static int Run(string socketPath)
    {
        var command = ServerAddress.HostCommandOf(File.ReadAllBytes("/proc/self/cmdline"), typeof(EmitServer).Assembly.Location) ?? [];
        var identity = ServerIdentity.Of(command);
        // Nothing of the server's own is printed: its standard streams are pipes no one reads.
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);
        FileStream lockFile;
        try
        {
            lockFile = new FileStream(socketPath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return 0; // Another server holds this project.
        }

        using (lockFile)
        {
            File.Delete(socketPath); // Left by a server that died; the lock says no one listens on it.
            using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                listener.Bind(new UnixDomainSocketEndPoint(socketPath));
            }
            catch (SocketException)
            {
                return 1; // A folder this user cannot write to: builds emit by themselves.
            }

            try
            {
                listener.Listen(16);
                WarmUp(); // a build that connects meanwhile waits for it: its emit is then a warm one
                Serve(listener, IdleTime(), () => ServerIdentity.Of(command) == identity);
            }
            finally
            {
                File.Delete(socketPath);
            }
        }

        return 0;
    }

    /// <summary>
    /// Takes requests on this thread and runs each emit on the emit thread (<see cref="EmitThread"/>), so
    /// that while one runs (another build of the same project, or an emit a cancelled build left running, perhaps forever)
    /// a new build is told at once to emit by itself, and a stop request is still answered.
    /// </summary>
    private static void Serve(Socket listener, TimeSpan idle, Func<bool> unchanged)
    {
        var emits = 0;
        var emitting = 0; // 1 from an emit's start until its answer is sent and its context let go
        var emitThread = new EmitThread(MainThreadStack);
        long lastActivity = Environment.TickCount64;
        while (true)
        {
            if (Volatile.Read(ref emitting) == 0 && (emits >= MaxEmits || Environment.TickCount64 - Interlocked.Read(ref lastActivity) >= (long)idle.TotalMilliseconds))
            {
                return;
            }

            if (!listener.Poll(PollInterval, SelectMode.SelectRead))
            {
                continue;
            }

            var connection = listener.Accept();
            connection.ReceiveTimeout = (int)RequestTimeout.TotalMilliseconds; // a client that connects and says nothing
            var stream = new NetworkStream(connection, ownsSocket: true);
            EmitRequest? request;
            try
            {
                request = EmitRequest.Read(stream);
            }
            catch (Exception exception) when (exception is IOException or InvalidDataException or SocketException)
            {
                stream.Dispose();
                continue;
            }

            Interlocked.Exchange(ref lastActivity, Environment.TickCount64);
            if (request is { Stop: true })
            {
                // A running emit's thread is a background thread: it ends with the process.
                Answer(stream, new EmitResponse(true, 0, $"Postfix.Dsl: stopped the emit server (process {Environment.ProcessId}) after {emits} emit(s).", ""));
                return;
            }

            if (request is null || Volatile.Read(ref emitting) == 1)
            {
                // Another version's request, or an emit still running: the build emits by itself.
                Answer(stream, EmitResponse.NotServed);
                continue;
            }

            if (!unchanged())
            {
                // A new package, setting or build of the library: the build emits itself and starts a server that matches.
                Answer(stream, EmitResponse.NotServed);
                return;
            }

            emits++;
            Volatile.Write(ref emitting, 1);
            emitThread.Run(() =>
            {
                var unloaded = EmitAndAnswer(request, stream);
                Volatile.Write(ref emitting, 0);
                WaitForUnload(unloaded);
                Interlocked.Exchange(ref lastActivity, Environment.TickCount64);
            });
        }
    }

    /// <summary>The library's <c>PostfixDslBuild.WarmUp</c>, found by name: the emitter references nothing.</summary>
    private static void WarmUp()
    {
        try
        {
            Type.GetType("Postfix.Dsl.PostfixDslBuild, Postfix.Dsl", throwOnError: false)
                ?.GetMethod("WarmUp", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static, Type.EmptyTypes)
                ?.Invoke(null, null);
        }
#pragma warning disable CA1031 // A library without it, or a warm-up that fails: the first emit is a cold one, nothing more.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private static void Answer(NetworkStream stream, EmitResponse response)
    {
        try
        {
            response.Write(stream);
            stream.Socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception exception) when (exception is IOException or SocketException)
        {
            // The build went away; it runs the emit itself if it still can.
        }
        finally
        {
            stream.Dispose();
        }
    }

    /// <summary>
    /// Runs the emit, answers the build, then unloads the emit's context: the build goes on while the
    /// context is let go (unloading it before the answer kept every warm build waiting about a millisecond).
    /// Returns only a weak reference, so that nothing on the emit thread's stack keeps the context alive.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference EmitAndAnswer(EmitRequest request, NetworkStream stream)
    {
        var context = new ProjectLoadContext(request);
        try
        {
            Answer(stream, Emit(request, context));
        }
        finally
        {
            context.Unload();
        }

        return new WeakReference(context);
    }

    private static EmitResponse Emit(EmitRequest request, ProjectLoadContext context)
    {
        // The project's own code reports its failures through the registry (PFX0105); whatever else
        // fails here is the server's, and the build then emits by itself (an emit changes every file
        // or none, so running it again is safe).
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var errors = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        try
        {
            Apply(request);
            Console.SetOut(output);
            Console.SetError(errors);
            var exitCode = ProjectRegistry.Run(context.LoadProject(request.AssemblyPath), request.AssemblyPath, request.Arguments, Console.Out);
            return new EmitResponse(true, exitCode, output.ToString(), errors.ToString());
        }
#pragma warning disable CA1031 // Not served: the build's own emitter runs it and reports what it finds.
        catch (Exception)
#pragma warning restore CA1031
        {
            return EmitResponse.NotServed;
        }
        finally
        {
            Console.SetOut(TextWriter.Null);
            Console.SetError(TextWriter.Null);
        }
    }

    /// <summary>Gives the emit the build's working folder, environment and culture.</summary>
    private static void Apply(EmitRequest request)
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Environment)
        {
            wanted[name] = value;
        }

        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (!wanted.ContainsKey((string)variable.Key))
            {
                Environment.SetEnvironmentVariable((string)variable.Key, null);
            }
        }

        foreach (var (name, value) in wanted)
        {
            if (name.Length > 0 && !name.Contains('=', StringComparison.Ordinal))
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }

        Environment.CurrentDirectory = request.CurrentDirectory;
        try
        {
            var culture = CultureInfo.GetCultureInfo(request.Culture);
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = culture;
            CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = culture;
        }
        catch (CultureNotFoundException)
        {
            // A culture this runtime cannot create (invariant globalization): the server's own stays.
        }
    }

    /// <summary>Collects the emit's context while the server is idle anyway, so memory stays flat from build to build.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WaitForUnload(WeakReference context)
    {
        for (var i = 0; i < 10 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    private static TimeSpan IdleTime() =>
        int.TryParse(Environment.GetEnvironmentVariable("POSTFIX_DSL_EMIT_SERVER_IDLE_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : DefaultIdle;
}
