using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix.Live;

/// <summary>
/// A real server the live test starts in the foreground (Dovecot, OpenDKIM, smtp-sink) and stops:
/// Dispose sends SIGTERM, waits, and asserts that neither it nor any process it started is left.
/// </summary>
internal sealed class TestDaemon : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private TestDaemon(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    /// <summary>What it printed, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="executable"/> and waits (15 s at most) until <paramref name="ready"/> holds.</summary>
    public static TestDaemon Start(string name, string executable, IEnumerable<string> arguments, Func<bool> ready)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var daemon = new TestDaemon(name, Process.Start(start)!);
        daemon._process.OutputDataReceived += (_, e) => daemon.Append(e.Data);
        daemon._process.ErrorDataReceived += (_, e) => daemon.Append(e.Data);
        daemon._process.BeginOutputReadLine();
        daemon._process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        try
        {
            while (!ready())
            {
                if (daemon._process.HasExited || DateTime.UtcNow > deadline)
                {
                    Assert.Fail($"{name} did not start ({executable} {string.Join(' ', arguments)}):\n{daemon.Output}");
                }

                Thread.Sleep(100);
            }
        }
        catch
        {
            // Never left running: a readiness check that throws (a client that cannot start) stops it too.
            daemon.Dispose();
            throw;
        }

        return daemon;
    }

    public void Dispose()
    {
        var tree = Descendants(_process.Id).Prepend(_process.Id).ToList();
        if (!_process.HasExited)
        {
            PostfixTools.Run("/bin/kill", "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!_process.WaitForExit(10_000))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (tree.Any(IsAlive) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(100);
        }

        var left = tree.Where(IsAlive).ToList();
        foreach (var pid in left)
        {
            PostfixTools.Run("/bin/kill", "-9", pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        _process.Dispose();
        Assert.True(left.Count == 0, $"{Name} left processes running: {string.Join(", ", left)}");
    }

    /// <summary>True when something accepts TCP connections on 127.0.0.1:<paramref name="port"/> (a daemon's readiness).</summary>
    public static bool Listening(int port)
    {
        try
        {
            using var probe = new System.Net.Sockets.TcpClient();
            probe.Connect(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static bool IsAlive(int pid) => File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);

    private static IEnumerable<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid))
            {
                try
                {
                    // "pid (comm) state ppid ...": the name may hold spaces, so read after its last ')'.
                    var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                    parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                    // the process ended meanwhile
                }
            }
        }

        var found = new List<int>();
        var queue = new Queue<int>([root]);
        while (queue.Count > 0)
        {
            var parent = queue.Dequeue();
            foreach (var (pid, ppid) in parents)
            {
                if (ppid == parent)
                {
                    found.Add(pid);
                    queue.Enqueue(pid);
                }
            }
        }

        return found;
    }
}
