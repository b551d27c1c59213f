using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using System.Threading;
using Modern;
using Xunit;
using Xunit.Abstractions;

namespace Postfix.Dsl.Tests.RealPostfix.Live;

/// <summary>
/// The Modern sample runs as a real Postfix with a real component behind each feature: a certificate
/// made with openssl for STARTTLS, Dovecot's auth socket for SASL on 587 and 465, postscreen in
/// front of port 25, OpenDKIM as the milter, a spawned policy server, and smtp-sink as the relay host
/// that receives what Postfix sends on. The test starts every process and stops it.
/// </summary>
[Collection(LiveCollection.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ModernLiveTests(ITestOutputHelper output)
{
    private const string ServerName = "mx.example.org";
    private const string User = "alice@example.org";
    private const string Password = "wonderland";
    private const string DkimSelector = "live";
    private static readonly IPAddress Early = IPAddress.Parse("127.0.0.4");
    private static readonly IPAddress Denied = IPAddress.Parse("127.0.0.5");

    [PostfixFact(NeedsRoot = true)]
    public void The_modern_host_screens_encrypts_authenticates_and_signs_as_its_model_says()
    {
        var clock = Stopwatch.StartNew();
        var model = ModernHost.Definition;
        var work = Directory.CreateTempSubdirectory("postfix-dsl-modern-live-").FullName;
        UnixPermissions.Set(work, UnixPermissions.Directory); // the spawned policy server runs as nobody
        try
        {
            var certificates = TestCertificates.Make(work, model.MainCf.SmtpdTlsChainFiles!, ServerName);
            var policyLog = WritePolicyServer(work, out var policyScript);
            using var dns = new FakeDns((model.MainCf.PostscreenDnsblSites ?? []).Select(site => site.Split('=', '*')[0]));
            using var sink = StartSink(work, out var sinkPort, out var sinkFolder);
            using var dkim = StartOpenDkim(work, out var dkimPort);
            using var postfix = PostfixInstance.Start(model, (host, _) => host with
            {
                MainCf = host.MainCf with
                {
                    // What the test stands in for: the provider's relay, the certificates, OpenDKIM's port.
                    Relayhost = $"[127.0.0.1]:{sinkPort}",
                    SmtpdTlsChainFiles = certificates.ChainFiles,
                    SmtpdMilters = [Milter.Inet("127.0.0.1", dkimPort) with { DefaultAction = ModernHost.OpenDkim.DefaultAction }],
                    NonSmtpdMilters = [Milter.Inet("127.0.0.1", dkimPort) with { DefaultAction = ModernHost.OpenDkim.DefaultAction }],
                    // The sample's denied networks, and the test's own denied client.
                    PostscreenAccessList = [Restrictions.PermitMynetworks, Restriction.LookupIn(ModernHost.PostscreenAccess with
                    {
                        Entries = [.. ModernHost.PostscreenAccess.Entries, new(AccessKey.Cidr(Denied + "/32"), AccessAction.Reject())],
                    })],
                },
                // The same spawn row, running a policy server that answers DUNNO and notes each request.
                MasterCf = host.MasterCf.Change(ModernHost.Spf.Service!.Name, ServiceType.Unix, _ =>
                    PolicyService.Spawn(ModernHost.Spf.Service.Name, "nobody", ["/usr/bin/python3", policyScript, policyLog]).Service!),
            });
            // Postfix stops before Dovecot: its smtpd processes hold connections to the auth service.
            var dovecot = StartDovecot(work, postfix.QueueDirectory);
            try
            {
                PostscreenGreetsAndPassesAPatientClient(postfix);
                PostscreenDropsAClientThatTalksBeforeItsTurn(postfix);
                PostscreenDropsAClientItsCidrTableDenies(postfix);
                StartTlsIsVerifiedWithTheModelsProtocols(postfix, certificates);
                SubmissionRefusesMailBeforeTlsAndAuthAndRelaysAfter(postfix, certificates, sinkFolder);
                SubmissionsSpeaksTlsFirstAndRefusesMailBeforeAuth(postfix, certificates);
                InboundMailPassesThePolicyServiceAndIsNotSigned(postfix, policyLog, sinkFolder);
                PortTwentyFiveRefusesTheSendersItsPatternsDeny(postfix);
            }
            catch
            {
                output.WriteLine(postfix.Log);
                output.WriteLine("OpenDKIM: " + dkim.Output);
                output.WriteLine("Dovecot: " + File.ReadAllText(Path.Combine(work, "dovecot.log")));
                output.WriteLine("DNS queries: " + string.Join(", ", dns.Queries));
                throw;
            }
            finally
            {
                try
                {
                    postfix.Dispose();
                }
                finally
                {
                    dovecot.Dispose(); // stopped even when Postfix's stop finds a process left
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        JudgeFigures.Report(output, "live", $"modern: postscreen pass, pregreet drop and cidr denylist drop, STARTTLS verified, 587/465 refuse before AUTH, relay after it through Dovecot and refuse another user's sender address, OpenDKIM signature, policy service consulted, pcre sender patterns refused on 25, in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private void PostscreenGreetsAndPassesAPatientClient(PostfixInstance postfix)
    {
        // A new client gets postscreen's 220- line, waits out postscreen_greet_wait, then smtpd's 220.
        using var client = postfix.ConnectFrom(PostfixInstance.Outside);

        output.WriteLine("postscreen greeting -> " + client.Banner);
        Assert.Equal($"220-{ServerName} ESMTP\n220 {ServerName} ESMTP", client.Banner.Text);
        Expect(client.Send("EHLO " + PostfixInstance.OutsideName), 250);
        // postlogd writes the log after the fact, so the line may come after smtpd's 250.
        WaitFor(() => postfix.Log.Contains($"PASS NEW [{PostfixInstance.Outside}]", StringComparison.Ordinal), "postscreen logs the patient client's PASS NEW");
    }

    private void PostscreenDropsAClientThatTalksBeforeItsTurn(PostfixInstance postfix)
    {
        using var tcp = new TcpClient(new IPEndPoint(Early, 0));
        tcp.Connect(IPAddress.Loopback, postfix.Port);
        var stream = tcp.GetStream();
        stream.ReadTimeout = 30_000;
        var reader = new StreamReader(stream, Encoding.ASCII);

        var first = reader.ReadLine();
        Assert.Equal($"220-{ServerName} ESMTP", first);
        stream.Write(Encoding.ASCII.GetBytes("EHLO early.example.test\r\n"));
        var reply = reader.ReadLine();

        output.WriteLine($"pregreet from {Early} -> {reply}");
        Assert.StartsWith("521 ", reply);
        Assert.True(Closed(reader), "postscreen keeps talking to a client it dropped");
        WaitFor(() => postfix.Log.Contains("PREGREET", StringComparison.Ordinal) && postfix.Log.Contains($"from [{Early}]", StringComparison.Ordinal), "postscreen logs the pregreet");
    }

    private void PostscreenDropsAClientItsCidrTableDenies(PostfixInstance postfix)
    {
        using var tcp = new TcpClient(new IPEndPoint(Denied, 0));
        tcp.Connect(IPAddress.Loopback, postfix.Port);
        var reader = new StreamReader(tcp.GetStream(), Encoding.ASCII);
        tcp.GetStream().ReadTimeout = 30_000;

        var reply = reader.ReadLine();

        output.WriteLine($"denied {Denied} -> {reply}");
        Assert.StartsWith("521 ", reply);
        WaitFor(() => postfix.Log.Contains($"DENYLISTED [{Denied}]", StringComparison.Ordinal), "postscreen logs the denylisted client");
        // The table's REJECT is an action postscreen knows: it says nothing about it.
        Assert.DoesNotContain(postfix.Log.Split('\n'), line => line.Contains("postfix/postscreen", StringComparison.Ordinal) && line.Contains("warning:", StringComparison.Ordinal));
    }

    private void StartTlsIsVerifiedWithTheModelsProtocols(PostfixInstance postfix, TestCertificates certificates)
    {
        using var client = postfix.ConnectFrom(PostfixInstance.Outside); // allowlisted by now: straight to smtpd
        var ehlo = client.Send("EHLO " + PostfixInstance.OutsideName);
        Assert.Contains("STARTTLS", ehlo.Text);
        Assert.DoesNotContain("AUTH", ehlo.Text); // port 25 offers no login

        Expect(client.StartTls(ServerName, certificates.Authority), 220);

        var tls = client.Tls!;
        output.WriteLine($"STARTTLS on 25 -> {tls.SslProtocol} {tls.NegotiatedCipherSuite}, server certificate {tls.RemoteCertificate!.Subject}");
        Assert.Equal(SslProtocols.Tls13, tls.SslProtocol);
        Assert.Contains(tls.NegotiatedCipherSuite, new[] { TlsCipherSuite.TLS_AES_256_GCM_SHA384, TlsCipherSuite.TLS_AES_128_GCM_SHA256, TlsCipherSuite.TLS_CHACHA20_POLY1305_SHA256 });
        Expect(client.Send("EHLO " + PostfixInstance.OutsideName), 250);
        WaitFor(() => postfix.Log.Contains($"TLS connection established from {PostfixInstance.OutsideName}[{PostfixInstance.Outside}]: TLSv1.3 with cipher {tls.NegotiatedCipherSuite}", StringComparison.Ordinal),
            "smtpd logs the same protocol and cipher");

        // smtpd_tls_protocols = >=TLSv1.2: TLS 1.1 is refused, TLS 1.2 is taken.
        var old = OpenSslClient(postfix.Port, certificates, "-tls1_1", "-cipher", "DEFAULT@SECLEVEL=0");
        output.WriteLine("openssl s_client -tls1_1 -> exit " + old.ExitCode);
        Assert.NotEqual(0, old.ExitCode);
        var current = OpenSslClient(postfix.Port, certificates, "-tls1_2");
        Assert.True(current.ExitCode == 0, current.Stderr + current.Stdout);
        output.WriteLine("openssl s_client -tls1_2 -> " + current.Stderr.Replace('\n', ' '));
        Assert.Contains("Protocol version: TLSv1.2", current.Stderr); // -brief reports on standard error
        Assert.Contains("Verification: OK", current.Stderr);
    }

    private void SubmissionRefusesMailBeforeTlsAndAuthAndRelaysAfter(PostfixInstance postfix, TestCertificates certificates, string sinkFolder)
    {
        using var client = SmtpTestClient.Connect(PostfixInstance.Outside, postfix.PortOf("submission"));
        var plain = client.Send("EHLO " + PostfixInstance.OutsideName);
        Assert.DoesNotContain("AUTH", plain.Text); // smtpd_tls_auth_only: no login in clear text

        var beforeTls = client.Send($"MAIL FROM:<{User}>");
        output.WriteLine("587 MAIL before STARTTLS -> " + beforeTls);
        Assert.Equal(530, beforeTls.Code);
        Assert.Contains("STARTTLS", beforeTls.Text);

        Expect(client.StartTls(ServerName, certificates.Authority), 220);
        Assert.Equal(SslProtocols.Tls13, client.Tls!.SslProtocol);
        Assert.Contains("AUTH PLAIN", client.Send("EHLO " + PostfixInstance.OutsideName).Text);
        RefusedBeforeAuth(client, "587");

        Assert.Equal(535, client.AuthPlain(User, "not-the-password").Code);
        Expect(client.AuthPlain(User, Password), 235);
        var subject = "signed by OpenDKIM " + Guid.NewGuid().ToString("N");
        SendRelayed(client, subject);

        var delivered = WaitForDelivery(sinkFolder, subject);
        output.WriteLine("relayed through submission, as the relay host received it:\n" + delivered);
        var signature = delivered.Split('\n').SkipWhile(l => !l.StartsWith("DKIM-Signature:", StringComparison.Ordinal)).TakeWhile((l, i) => i == 0 || l.StartsWith('\t') || l.StartsWith(' '));
        var header = string.Join(" ", signature);
        Assert.Contains("d=example.org", header);
        Assert.Contains($"s={DkimSelector}", header);
    }

    private void SubmissionsSpeaksTlsFirstAndRefusesMailBeforeAuth(PostfixInstance postfix, TestCertificates certificates)
    {
        using var client = SmtpTestClient.ConnectImplicitTls(PostfixInstance.Outside, postfix.PortOf("submissions"), ServerName, certificates.Authority);
        output.WriteLine($"465 -> {client.Tls!.SslProtocol} {client.Tls.NegotiatedCipherSuite}, {client.Banner}");
        Assert.Equal($"220 {ServerName} ESMTP", client.Banner.Text);
        Assert.Equal(SslProtocols.Tls13, client.Tls.SslProtocol);
        Assert.Contains("AUTH PLAIN", client.Send("EHLO " + PostfixInstance.OutsideName).Text);
        RefusedBeforeAuth(client, "465");

        Expect(client.AuthPlain(User, Password), 235);
        Expect(client.Send($"MAIL FROM:<{User}>"), 250);
        Expect(client.Send($"RCPT TO:<{LiveScenario.ForeignRecipient}>"), 250);
        Expect(client.Send("RSET"), 250);

        // The sender login table: alice may send as postmaster@ too, never as bob@.
        Expect(client.Send("MAIL FROM:<postmaster@example.org>"), 250);
        Expect(client.Send($"RCPT TO:<{LiveScenario.ForeignRecipient}>"), 250);
        Expect(client.Send("RSET"), 250);
        Expect(client.Send("MAIL FROM:<bob@example.org>"), 250);
        var impersonation = client.Send($"RCPT TO:<{LiveScenario.ForeignRecipient}>");
        output.WriteLine("465 as alice, MAIL FROM bob@ -> " + impersonation);
        Assert.Equal(553, impersonation.Code);
        Assert.Contains("not owned by user " + User, impersonation.Text);
    }

    private void PortTwentyFiveRefusesTheSendersItsPatternsDeny(PostfixInstance postfix)
    {
        // The pcre sender access table, each rule with its own action (refused at RCPT: smtpd_delay_reject).
        using var client = postfix.ConnectFrom(PostfixInstance.Outside);
        Expect(client.Send("EHLO " + PostfixInstance.OutsideName), 250);
        foreach (var (sender, code, text) in new[]
        {
            ("news@offers.example.top", 554, "Sender address rejected: Mail from this top-level domain is refused here"),
            ("postmaster@example.org", 554, "5.7.1 <postmaster@example.org>: Sender address rejected: Not sent by example.org"),
        })
        {
            Expect(client.Send($"MAIL FROM:<{sender}>"), 250);
            var refused = client.Send("RCPT TO:<postmaster@example.org>");
            output.WriteLine($"25, MAIL FROM {sender} -> {refused}");
            Assert.Equal(code, refused.Code);
            Assert.Contains(text, refused.Text);
            Expect(client.Send("RSET"), 250);
        }
    }

    private void InboundMailPassesThePolicyServiceAndIsNotSigned(PostfixInstance postfix, string policyLog, string sinkFolder)
    {
        using var client = postfix.ConnectFrom(PostfixInstance.Outside);
        Expect(client.Send("EHLO " + PostfixInstance.OutsideName), 250);
        Expect(client.Send($"MAIL FROM:<{LiveScenario.NeutralSender}>"), 250);
        var relay = client.Send($"RCPT TO:<{LiveScenario.ForeignRecipient}>");
        Assert.Equal(554, relay.Code); // port 25 relays for nobody outside
        Expect(client.Send("RCPT TO:<postmaster@example.org>"), 250);
        var subject = "inbound " + Guid.NewGuid().ToString("N");
        Expect(client.SendMessage($"From: {LiveScenario.NeutralSender}\nTo: postmaster@example.org\nSubject: {subject}\n\nhello\n"), 250);

        Assert.Contains($"{PostfixInstance.Outside} postmaster@example.org", File.ReadAllText(policyLog));
        var delivered = WaitForDelivery(sinkFolder, subject);
        Assert.DoesNotContain("DKIM-Signature:", delivered); // only what users submit (ORIGINATING) is signed
    }

    private void RefusedBeforeAuth(SmtpTestClient client, string port)
    {
        // Postfix applies client restrictions at RCPT (smtpd_delay_reject), so the transaction is refused there.
        Expect(client.Send($"MAIL FROM:<{User}>"), 250);
        var rcpt = client.Send($"RCPT TO:<{LiveScenario.ForeignRecipient}>");
        output.WriteLine($"{port} RCPT before AUTH -> {rcpt}");
        Assert.Equal(554, rcpt.Code);
        Assert.Contains("5.7.1", rcpt.Text);
        Expect(client.Send("RSET"), 250);
    }

    private static void SendRelayed(SmtpTestClient client, string subject)
    {
        Expect(client.Send($"MAIL FROM:<{User}>"), 250);
        Expect(client.Send($"RCPT TO:<{LiveScenario.ForeignRecipient}>"), 250);
        Expect(client.SendMessage($"From: Alice <{User}>\nTo: {LiveScenario.ForeignRecipient}\nSubject: {subject}\nDate: Thu, 3 Dec 2026 02:00:00 +0000\nMessage-ID: <{Guid.NewGuid():N}@example.org>\n\nHello from submission.\n"), 250);
    }

    private static ToolResult OpenSslClient(int port, TestCertificates certificates, params string[] options) =>
        PostfixTools.Run(PostfixTools.OpenSsl, ["s_client", "-connect", $"127.0.0.1:{port}", "-starttls", "smtp", "-servername", ServerName, "-brief", "-verify_return_error",
            "-CAfile", certificates.AuthorityFile, .. options], input: ["QUIT"]);

    private static string WaitForDelivery(string sinkFolder, string subject)
    {
        string? found = null;
        WaitFor(() => (found = Directory.GetFiles(sinkFolder).Select(File.ReadAllText).FirstOrDefault(m => m.Contains(subject, StringComparison.Ordinal))) is not null,
            $"the relay host receives \"{subject}\"");
        return found!.Replace("\r\n", "\n");
    }

    private static void WaitFor(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting until " + what);
            Thread.Sleep(200);
        }
    }

    private static void Expect(SmtpReply reply, int code) =>
        Assert.True(reply.Code == code, $"expected {code}, got: {reply.Text}");

    /// <summary>A policy server for spawn(8): reads each request, notes client and recipient, answers DUNNO.</summary>
    private static string WritePolicyServer(string work, out string script)
    {
        script = Path.Combine(work, "policy.py");
        File.WriteAllText(script, """
            import sys
            log, request = open(sys.argv[1], "a"), {}
            while True:
                line = sys.stdin.readline()
                if not line:
                    break
                line = line.rstrip("\n")
                if line:
                    name, _, value = line.partition("=")
                    request[name] = value
                    continue
                log.write(request.get("client_address", "") + " " + request.get("recipient", "") + "\n")
                log.flush()
                sys.stdout.write("action=DUNNO\n\n")
                sys.stdout.flush()
                request = {}
            """);
        var log = Path.Combine(work, "policy.log");
        File.WriteAllText(log, string.Empty);
        File.SetUnixFileMode(log, (UnixFileMode)0b110_110_110);
        File.SetUnixFileMode(script, (UnixFileMode)0b110_100_100);
        return log;
    }

    private static TestDaemon StartSink(string work, out int port, out string folder)
    {
        folder = Path.Combine(work, "sink");
        Directory.CreateDirectory(folder);
        PostfixTools.Run("/bin/chown", "postfix", folder).AssertCleanSuccess();
        var listen = port = Loopback.FreePort();
        return TestDaemon.Start("smtp-sink", PostfixTools.SmtpSink, ["-u", "postfix", "-d", Path.Combine(folder, "message."), $"127.0.0.1:{port}", "10"], () => TestDaemon.Listening(listen));
    }

    private static TestDaemon StartOpenDkim(string work, out int port)
    {
        var key = Path.Combine(work, "dkim.key");
        PostfixTools.Run(PostfixTools.OpenSsl, "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", key).AssertSuccess();
        PostfixTools.Run("/bin/chown", "opendkim", key).AssertCleanSuccess();
        var listen = port = Loopback.FreePort();
        var config = Path.Combine(work, "opendkim.conf");
        // Sign mail from the host itself and what arrives through a service whose {daemon_name} is
        // ORIGINATING (the submission presets set it); verify the rest. The key lives under /tmp,
        // which OpenDKIM's safe-keys check refuses for any file.
        File.WriteAllText(config, $"""
            Syslog no
            Mode sv
            Domain example.org
            Selector {DkimSelector}
            KeyFile {key}
            Socket inet:{port}@127.0.0.1
            PidFile {Path.Combine(work, "opendkim.pid")}
            UserID opendkim
            InternalHosts 127.0.0.1
            MTA ORIGINATING
            RequireSafeKeys false
            """);
        return TestDaemon.Start("OpenDKIM", PostfixTools.OpenDkim, ["-f", "-x", config], () => TestDaemon.Listening(listen));
    }

    private static TestDaemon StartDovecot(string work, string queue)
    {
        var users = Path.Combine(work, "users");
        File.WriteAllText(users, $"{User}:{{PLAIN}}{Password}\n");
        var socket = Path.Combine(queue, "private", "auth");
        var config = Path.Combine(work, "dovecot.conf");
        // Only the auth service: smtpd_sasl_type = dovecot talks to it at private/auth in the queue directory.
        File.WriteAllText(config, $$"""
            base_dir = {{Path.Combine(work, "dovecot-run")}}
            state_dir = {{Path.Combine(work, "dovecot-state")}}
            log_path = {{Path.Combine(work, "dovecot.log")}}
            protocols =
            ssl = no
            auth_mechanisms = plain login
            passdb {
              driver = passwd-file
              args = {{users}}
            }
            userdb {
              driver = static
              args = uid=nobody gid=nogroup home=/nonexistent
            }
            service auth {
              unix_listener {{socket}} {
                mode = 0660
                user = postfix
                group = postfix
              }
            }
            """);
        return TestDaemon.Start("Dovecot", PostfixTools.Dovecot, ["-F", "-c", config], () => File.Exists(socket));
    }

    /// <summary>True when the peer has closed the connection (an orderly end or a reset).</summary>
    private static bool Closed(StreamReader reader)
    {
        try
        {
            return reader.ReadLine() is null;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
