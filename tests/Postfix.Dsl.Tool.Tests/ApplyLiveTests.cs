using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Postfix.Dsl.Tests.RealPostfix;
using Xunit;
using Xunit.Abstractions;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tool.Tests;

/// <summary>
/// postfix-dsl apply and rollback on a real Postfix (as root, in CI): a private instance started from an
/// applied configuration, then a change that needs postmap and reload, one that needs a restart, one
/// that postfix check refuses, one whose restart fails, and a rollback; SMTP before and after each.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // a Postfix server
public sealed class ApplyLiveTests(ITestOutputHelper output) : IDisposable
{
    private const string Password = "relay-secret-from-the-environment-5d2b";
    // The second local address: the IPv6 loopback (a container's lo has no 127.0.0.4 of its own).
    private static readonly IPAddress Second = IPAddress.IPv6Loopback;
    private const string SecondInterface = "[::1]";

    private readonly string _base = Directory.CreateTempSubdirectory("postfix-dsl-apply-").FullName;
    private readonly int _port = Postfix.Dsl.Tests.RealPostfix.Live.Loopback.FreePort();
    private int _generation;

    private string Live => Path.Combine(_base, "config");

    // Whatever state a failure left it in, the instance is stopped (killed if need be) before its files go.
    public void Dispose()
    {
        var left = Postfix.Dsl.Tests.RealPostfix.Live.PostfixProcesses.Stop(Live);
        Directory.Delete(_base, recursive: true);
        Assert.True(left.Count == 0, $"Postfix processes left running: {string.Join(", ", left)}");
    }

    [PostfixFact(NeedsRoot = true)]
    public void Apply_runs_what_each_change_needs_and_puts_back_what_fails()
    {
        Prepare();
        Environment.SetEnvironmentVariable("POSTFIX_DSL_SECRET_RELAY_PASSWORD", Password);
        try
        {
            // The first generation, into an empty directory; the secret comes from the environment.
            var first = Apply(Generate(Host("v1", "v1 says no", ["127.0.0.1"])));
            Assert.Equal(0, first.Code);
            Assert.Contains("first generation", first.Text);
            var sasl = Path.Combine(Live, "sasl_passwd");
            Assert.Contains(Password, File.ReadAllText(sasl));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(sasl));
            Assert.True(File.Exists(sasl + ".db"));
            Shell("/usr/sbin/postfix", "-c", Live, "start");
            Expect(IPAddress.Loopback, "v1", "v1 says no");

            // 1. One access entry and one main.cf value: postmap and reload, nothing else, and mail flows.
            var reload = Apply(Generate(Host("v2", "v2 says no", ["127.0.0.1"])));
            Assert.Equal(0, reload.Code);
            Assert.Contains($"Action: postmap hash:{Live}/access, then postfix reload.", reload.Text);
            Assert.Equal(["postfix -c " + Live + " reload"], Actions(reload.Text));
            // The changed table is built; the unchanged sasl_passwd keeps its index.
            Assert.Equal(["access"], Builds(reload.Text));
            Expect(IPAddress.Loopback, "v2", "v2 says no");

            // 2. inet_interfaces: a restart, and the new address answers.
            var restart = Apply(Generate(Host("v2", "v2 says no", ["127.0.0.1", SecondInterface])));
            Assert.Equal(0, restart.Code);
            Assert.Contains("Action: postfix stop; postfix start.", restart.Text);
            Assert.Equal(["postfix -c " + Live + " stop", "postfix -c " + Live + " start"], Actions(restart.Text));
            Expect(Second, "v2", "v2 says no");

            // 3a. A version postfix check refuses: nothing changes.
            var refused = Apply(Generate(Host("v3", "v3 says no", ["127.0.0.1", SecondInterface]) with
            {
                MainCf = Host("v3", "v3 says no", ["127.0.0.1", SecondInterface]).MainCf with { QueueDirectory = "/nonexistent/queue" },
            }));
            Assert.Equal(1, refused.Code);
            Assert.Contains("postfix check refused the staged files; nothing was changed", refused.Error);
            Expect(Second, "v2", "v2 says no");

            // 3b. A version whose restart fails (a service on a port something else holds): put back, and running again.
            using var squatter = new TcpListener(IPAddress.Loopback, 0);
            squatter.Start();
            var busy = ((IPEndPoint)squatter.LocalEndpoint).Port;
            var failing = Host("v4", "v4 says no", ["127.0.0.1"]);
            failing = failing with { MasterCf = failing.MasterCf.Add(Service.Inet("127.0.0.1:" + busy, "smtpd", chroot: false)) };
            var rolledBack = Apply(Generate(failing));
            Assert.Equal(1, rolledBack.Code);
            Assert.Contains("postfix start failed", rolledBack.Error);
            Assert.Contains("is back in place and Postfix runs with it", rolledBack.Error);
            Expect(Second, "v2", "v2 says no");
            squatter.Stop();

            // 4. rollback: the generation before (one address again: a restart).
            var back = Run(Program.Run, "rollback", "--config-dir", Live);
            Assert.Equal(0, back.Code);
            Assert.Equal(["postfix -c " + Live + " stop", "postfix -c " + Live + " start"], Actions(back.Text));
            Expect(IPAddress.Loopback, "v2", "v2 says no");
            Assert.Throws<SocketException>(() => Connect(Second).Dispose());

            // The secret's value is in no plan printed on the way.
            Assert.DoesNotContain(Password, first.Text + reload.Text + restart.Text + refused.Text + rolledBack.Text + back.Text);
        }
        catch
        {
            var log = Path.Combine(_base, "log", "maillog");
            output.WriteLine(File.Exists(log) ? File.ReadAllText(log) : "(no log)");
            throw;
        }
        finally
        {
            Environment.SetEnvironmentVariable("POSTFIX_DSL_SECRET_RELAY_PASSWORD", null);
        }
    }

    private MailHost Host(string version, string refusal, IReadOnlyList<string> interfaces)
    {
        var access = new AccessTable { FileName = "access", Entries = [new(AccessKey.Domain("spam.example"), AccessAction.Reject(refusal))] };
        var relay = Nexthop.Host("smtp.relay.example.net", 587);
        return new MailHost
        {
            Name = "apply",
            ConfigDirectory = Live,
            MainCf = new()
            {
                CompatibilityLevel = CompatibilityLevel.Level3_6,
                Myhostname = "apply.example.org",
                Mydomain = "example.org",
                Mydestination = [],
                RelayDomains = ["example.org"],
                InetInterfaces = interfaces,
                Mynetworks = ["127.0.0.2/32"],
                QueueDirectory = Path.Combine(_base, "queue"),
                DataDirectory = Path.Combine(_base, "data"),
                MaillogFile = Path.Combine(_base, "log", "maillog"),
                MaillogFilePrefixes = [Path.Combine(_base, "log")],
                SmtpdBanner = "$myhostname ESMTP " + version,
                DisableVrfyCommand = true,
                AliasMaps = [],
                SmtpdRelayRestrictions = [PermitMynetworks, RejectUnauthDestination],
                SmtpdSenderRestrictions = [CheckSenderAccess(access)],
                Relayhost = relay.ToString(),
                SmtpSaslAuthEnable = true,
                SmtpSaslPasswordMaps = [new SaslPasswordTable { FileName = "sasl_passwd", Entries = [new(relay, "mx@example.org", new Secret("relay-password"))] }],
            },
            MasterCf = MasterCf.StockWithoutChroot.Change("smtp", ServiceType.Inet, s => s with { Name = _port.ToString(CultureInfo.InvariantCulture) }),
        };
    }

    /// <summary>The generated host folder of <paramref name="host"/>, as a build writes it.</summary>
    private string Generate(MailHost host)
    {
        var folder = Path.Combine(_base, "generated-" + ++_generation);
        Directory.CreateDirectory(folder);
        foreach (var file in PostfixDsl.Render(host).Files)
        {
            File.WriteAllText(Path.Combine(folder, file.Name), file.Content);
        }

        return folder;
    }

    private (int Code, string Text, string Error) Apply(string generated) => Run(Program.Run, "apply", generated, "--config-dir", Live);

    private (int Code, string Text, string Error) Run(Func<string[], TextWriter, TextWriter, int> program, params string[] arguments)
    {
        var text = new StringWriter();
        var error = new StringWriter();
        var code = program(arguments, text, error);
        output.WriteLine($"postfix-dsl {string.Join(' ', arguments)} -> {code}\n{text}{error}");
        return (code, text.ToString(), error.ToString());
    }

    /// <summary>The service actions apply ran on the live instance (not the table builds in its staging copy).</summary>
    private List<string> Actions(string text) =>
        text.Split('\n').Where(l => l.StartsWith("run: postfix -c " + Live + " ", StringComparison.Ordinal)).Select(l => l["run: ".Length..]).ToList();

    /// <summary>The tables apply built (postmap or postalias in its staging copy).</summary>
    private static List<string> Builds(string text) =>
        text.Split('\n').Where(l => l.StartsWith("run: postmap ", StringComparison.Ordinal) || l.StartsWith("run: postalias ", StringComparison.Ordinal))
            .Select(l => Path.GetFileName(l.Split(' ')[^1])).ToList();

    /// <summary>The banner says <paramref name="version"/>, a spam.example sender gets <paramref name="refusal"/>, and other mail is queued.</summary>
    private void Expect(IPAddress server, string version, string refusal)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                using var client = Connect(server);
                var banner = client.Read();
                Assert.Equal($"220 apply.example.org ESMTP {version}", banner);
                Assert.StartsWith("250", client.Send("EHLO client.example.test"));
                Assert.StartsWith("250", client.Send("MAIL FROM:<someone@spam.example>"));
                var refused = client.Send("RCPT TO:<postmaster@example.org>");
                Assert.StartsWith("554", refused);
                Assert.Contains(refusal, refused);
                Assert.StartsWith("250", client.Send("RSET"));
                Assert.StartsWith("250", client.Send("MAIL FROM:<alice@sender.example>"));
                Assert.StartsWith("250", client.Send("RCPT TO:<postmaster@example.org>"));
                Assert.StartsWith("354", client.Send("DATA"));
                Assert.StartsWith("250", client.Send("Subject: " + version + "\r\n\r\nhello\r\n."));
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200); // a restart takes a moment
            }
        }
    }

    private Client Connect(IPAddress server)
    {
        var tcp = server.AddressFamily == AddressFamily.InterNetworkV6 ? new TcpClient(AddressFamily.InterNetworkV6) : new TcpClient(new IPEndPoint(IPAddress.Parse("127.0.0.3"), 0));
        tcp.Connect(server, _port);
        return new Client(tcp);
    }

    private void Prepare()
    {
        foreach (var folder in new[] { "config", "queue", "data", "log" })
        {
            Directory.CreateDirectory(Path.Combine(_base, folder));
        }

        File.SetUnixFileMode(_base, (UnixFileMode)0b111_101_101);
        Shell("/bin/chown", "postfix:postfix", Path.Combine(_base, "data"), Path.Combine(_base, "log"));
    }

    private static void Shell(string program, params string[] arguments)
    {
        var result = PostfixTools.Run(program, arguments);
        Assert.True(result.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {result.Stderr}{result.Stdout}");
    }

    private sealed class Client(TcpClient tcp) : IDisposable
    {
        private readonly NetworkStream _stream = tcp.GetStream();
        private readonly StreamReader _reader = new(tcp.GetStream(), Encoding.ASCII);

        public string Read()
        {
            var reply = new StringBuilder();
            while (_reader.ReadLine() is { } line)
            {
                reply.Append(line).Append('\n');
                if (line.Length < 4 || line[3] != '-')
                {
                    break;
                }
            }

            return reply.ToString().TrimEnd('\n');
        }

        public string Send(string command)
        {
            var bytes = Encoding.ASCII.GetBytes(command + "\r\n");
            _stream.Write(bytes);
            return Read();
        }

        public void Dispose() => tcp.Dispose();
    }
}
