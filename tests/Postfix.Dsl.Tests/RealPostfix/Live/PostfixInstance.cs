using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix.Live;

/// <summary>
/// A real Postfix started from a private directory: its own configuration (the host's files),
/// queue, data and log directories, listening on 127.0.0.1 at a free high port. The host's policy
/// is unchanged except what a private instance needs: <c>inet_interfaces = 127.0.0.1</c>, the
/// directories, and <c>mynetworks = 127.0.0.2/32</c>, so that a client bound to 127.0.0.3 is outside.
/// Dispose stops it and checks that no process of it is left.
/// </summary>
internal sealed class PostfixInstance : IDisposable
{
    public static readonly IPAddress Inside = IPAddress.Parse("127.0.0.2");
    public static readonly IPAddress Outside = IPAddress.Parse("127.0.0.3");
    public const string OutsideName = "outside.example.test";

    private readonly string _base;
    private readonly RenderedConfig _config;

    private readonly IReadOnlyDictionary<string, int> _ports;
    private bool _disposed;

    private PostfixInstance(string baseDirectory, RenderedConfig config, int port, IReadOnlyDictionary<string, int> ports)
    {
        _base = baseDirectory;
        _config = config;
        Port = port;
        _ports = ports;
    }

    /// <summary>The port of the smtp inet service (port 25's stand-in).</summary>
    public int Port { get; }

    /// <summary>The queue directory, where services meet at private/ sockets (a Dovecot auth socket, for one).</summary>
    public string QueueDirectory => Path.Combine(_base, "queue");

    /// <summary>The port the inet service <paramref name="service"/> (submission, submissions, ...) listens on.</summary>
    public int PortOf(string service) => _ports[service];

    public MailHost Host => _config.Host;

    /// <summary>What Postfix logged (maillog_file), for failure messages.</summary>
    public string Log => File.Exists(LogFile(_base)) ? File.ReadAllText(LogFile(_base)) : "(no log)";

    /// <summary>
    /// Starts <paramref name="host"/>. <paramref name="adapt"/> may first point what the test replaces
    /// at its stand-ins (a relay host at a sink, a milter at a free port, certificates it made); it
    /// gets the instance's base directory, where such files can live until Dispose.
    /// </summary>
    /// <param name="host">The host to run.</param>
    /// <param name="adapt">Changes for the test machine, given the instance's base directory.</param>
    /// <param name="mynetworks">The trusted networks; the test's inside client (127.0.0.2) unless given.</param>
    public static PostfixInstance Start(MailHost host, Func<MailHost, string, MailHost>? adapt = null, IReadOnlyList<NetworkItem>? mynetworks = null)
    {
        PostfixTools.Require();
        Assert.True(Environment.UserName == "root", "the live test starts a Postfix master, which needs root");
        var baseDirectory = Directory.CreateTempSubdirectory("postfix-dsl-live-").FullName;
        var config = Path.Combine(baseDirectory, "config");
        var queue = Path.Combine(baseDirectory, "queue");
        var data = Path.Combine(baseDirectory, "data");
        var log = Path.Combine(baseDirectory, "log");
        foreach (var directory in new[] { baseDirectory, config, queue, Path.Combine(queue, "etc"), data, log })
        {
            Directory.CreateDirectory(directory);
            UnixPermissions.Set(directory, UnixPermissions.Directory);
        }

        PostfixTools.Run("/bin/chown", "postfix:postfix", data, log).AssertCleanSuccess();
        WriteJail(queue);

        if (adapt is not null)
        {
            host = adapt(host, baseDirectory);
        }

        var port = Loopback.FreePort();
        _ = host.MasterCf.Find("smtp", ServiceType.Inet) ?? throw new InvalidOperationException($"{host.Name} has no smtp/inet service to test");
        var emptyTables = new List<(string Type, string Path)>();
        var mainCf = HostTablesIn(host.MainCf with
        {
            InetInterfaces = ["127.0.0.1"],
            Mynetworks = mynetworks ?? ["127.0.0.2/32"],
            QueueDirectory = queue,
            DataDirectory = data,
            MaillogFile = LogFile(baseDirectory),
            MaillogFilePrefixes = [log],
            // There is no SASL server (Dovecot, Cyrus) on a test machine; with one configured and
            // absent, smtpd stops at EHLO. Relay protection does not depend on it.
            SmtpdSaslAuthEnable = host.MainCf.SmtpdSaslAuthEnable == true ? false : host.MainCf.SmtpdSaslAuthEnable,
        }, host.ConfigDirectory, config, emptyTables);
        var ports = new Dictionary<string, int>();
        var instance = host with { MainCf = mainCf, MasterCf = OnFreePorts(host.MasterCf, port, ports) };

        var rendered = RenderedConfig.Write(instance, config);
        foreach (var (type, path) in emptyTables)
        {
            CreateEmpty(type, path, config);
        }

        foreach (var indexed in HostTables.Collect(rendered.Host).Where(t => t.NeedsPostmap))
        {
            PostfixTools.Run(PostfixTools.Postmap, "-c", config, ModelExpectations.Reference(indexed, config)).AssertCleanSuccess();
        }

        var running = new PostfixInstance(baseDirectory, rendered, port, ports);
        try
        {
            var start = PostfixTools.Run(PostfixTools.Postfix, "-c", config, "start");
            Assert.True(start.ExitCode == 0, $"postfix start failed:\n{start.Stderr}{start.Stdout}\n{running.Log}");
            running.WaitUntilListening();
            return running;
        }
        catch
        {
            running.Dispose();
            throw;
        }
    }

    public SmtpTestClient ConnectFrom(IPAddress client) => SmtpTestClient.Connect(client, Port);

    public void Dispose()
    {
        if (_disposed)
        {
            return; // a test that stops Postfix before another server it uses still has its using
        }

        _disposed = true;
        var left = PostfixProcesses.Stop(_config.Directory);
        Directory.Delete(_base, recursive: true);
        Assert.True(left.Count == 0, $"Postfix processes left running: {string.Join(", ", left)}");
    }

    /// <summary>
    /// Every inet service on 127.0.0.1 at a free port (smtp at <paramref name="smtpPort"/>), so the
    /// instance never competes with the machine's own ports 25 or 587.
    /// </summary>
    private static MasterCf OnFreePorts(MasterCf masterCf, int smtpPort, Dictionary<string, int> ports) => masterCf with
    {
        Services = masterCf.Services
            .Select(s => s.Type != ServiceType.Inet ? s : s with { Name = "127.0.0.1:" + (ports[s.Name] = s.Name == "smtp" ? smtpPort : Loopback.FreePort()) })
            .ToList(),
    };

    /// <summary>
    /// Tables the host expects to find in its configuration directory but does not generate (a
    /// transport map kept elsewhere) are created empty in the instance's, where its references now point.
    /// </summary>
    private static Parameters HostTablesIn(Parameters parameters, string hostDirectory, string configDirectory, List<(string Type, string Path)> created)
    {
        var copy = parameters with { };
        foreach (var property in typeof(Parameters).GetProperties().Where(p => p.PropertyType == typeof(IReadOnlyList<TableReference>) && p.CanWrite))
        {
            if (property.GetValue(copy) is not IReadOnlyList<TableReference> tables)
            {
                continue;
            }

            var moved = tables.Select(table => table is ExternalTable external && external.Reference.Split(':', 2) is [var type, var path]
                    && path.StartsWith(hostDirectory.TrimEnd('/') + "/", StringComparison.Ordinal)
                ? (TableReference)$"{type}:{Moved(type, Path.Combine(configDirectory, path[(hostDirectory.TrimEnd('/').Length + 1)..]), created)}"
                : table).ToList();
            property.SetValue(copy, moved);
        }

        return copy;
    }

    private static string Moved(string type, string path, List<(string Type, string Path)> created)
    {
        created.Add((type, path));
        return path;
    }

    /// <summary>An empty table, built with postmap where its type needs it (once main.cf is in place).</summary>
    private static void CreateEmpty(string type, string path, string configDirectory)
    {
        File.WriteAllText(path, string.Empty);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));
        if (type is "hash" or "lmdb" or "cdb")
        {
            PostfixTools.Run(PostfixTools.Postmap, "-c", configDirectory, $"{type}:{path}").AssertCleanSuccess();
        }
    }

    private static string LogFile(string baseDirectory) => Path.Combine(baseDirectory, "log", "maillog");

    /// <summary>The chroot jail's etc: the outside client's name, and the fake DNS as resolver.</summary>
    private static void WriteJail(string queue)
    {
        var etc = Path.Combine(queue, "etc");
        File.WriteAllText(Path.Combine(etc, "hosts"), $"127.0.0.1 localhost\n{Outside} {OutsideName}\n");
        File.WriteAllText(Path.Combine(etc, "resolv.conf"), $"nameserver {FakeDns.ListenAddress}\noptions timeout:2 attempts:2\n");
        File.WriteAllText(Path.Combine(etc, "nsswitch.conf"), "hosts: files dns\nservices: files\n");
        File.Copy("/etc/services", Path.Combine(etc, "services"));
        foreach (var file in Directory.GetFiles(etc))
        {
            UnixPermissions.Set(file, UnixPermissions.File);
        }
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
        }
    }
}
