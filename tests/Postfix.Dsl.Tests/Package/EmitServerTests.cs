using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Xunit;

namespace Postfix.Dsl.Tests.Package;

/// <summary>
/// The emit server as a package user meets it (<c>-p:PostfixDslEmitServer=true</c>, the default where
/// the compiler server is allowed): the first build emits and starts the server, later builds are
/// emitted by it (from the build's task, with no process started) with what the build sees — the
/// project as just compiled, the build's environment — and write what a one-off emitter writes.
/// </summary>
[Collection(ConsumerCollection.Name)]
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // the emit server is Linux-only; these tests run where CI does
public sealed class EmitServerTests(PackageFeed feed)
{
    private const string On = "-p:PostfixDslEmitServer=true";

    [Fact]
    public void Later_builds_are_emitted_by_the_server_with_the_builds_environment_and_the_project_as_just_compiled()
    {
        var project = new ConsumerProject(feed, "EmitServer");
        project.Edit("Myhostname = \"mx.example.org\"", "Myhostname = System.Environment.GetEnvironmentVariable(\"PFX_TEST_HOSTNAME\") ?? \"mx.example.org\"");
        var (runtime, environment) = ServerFolder(project);
        try
        {
            // No server yet: the emitter emits, then starts one.
            var socket = FirstBuild(project, runtime, environment);
            Assert.Contains("myhostname = mx.example.org", MainCf(project));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(socket)!));

            // An edit the server has never seen, and a variable its own environment never had.
            project.Edit("spam.example", "spam2.example");
            var second = project.Build(new Dictionary<string, string>(environment) { ["PFX_TEST_HOSTNAME"] = "mx.example.net" }, On);
            Assert.True(second.ExitCode == 0, second.Output);
            Assert.Contains("Postfix.Dsl: 1 host(s): 2 file(s) written", second.Output);
            Assert.Contains("myhostname = mx.example.net", MainCf(project));
            Assert.Contains("spam2.example", File.ReadAllText(Path.Combine(project.HostFolder, "clients")));
            Assert.DoesNotContain("Postfix.Dsl.Emitter.dll\" --assembly", second.Output); // no emitter process: the task handed it over

            // What it wrote is what a one-off emitter writes.
            var verify = project.Build(new Dictionary<string, string>(environment) { ["PFX_TEST_HOSTNAME"] = "mx.example.net" }, "-p:PostfixDslEmitServer=false", "-p:PostfixDslVerify=true");
            Assert.True(verify.ExitCode == 0, verify.Output);

            // An emit-time error comes back as the build error at the line that set the value, and nothing is written.
            project.Edit("Mynetworks = [\"127.0.0.0/8\"],", "Mynetworks = [\"127.0.0.0/8\"],\n                    MailName = \"Mail\\tServer\",");
            var (line, column) = project.PositionOf("\"Mail\\tServer\"");
            var before = File.ReadAllText(Path.Combine(project.HostFolder, "main.cf"));
            var third = project.Build(environment, On);
            Assert.NotEqual(0, third.ExitCode);
            Assert.Contains($"{project.HostsFile}({line},{column}): error PFX0001: mx/main.cf: mail_name: \"Mail\\tServer\"", third.Output);
            Assert.Equal(before, File.ReadAllText(Path.Combine(project.HostFolder, "main.cf")));

            // Asked to stop, it says how many emits it ran: the two builds after the first.
            var stop = Dotnet.Run(project.Folder, feed.Packages, environment, "build", "-t:PostfixDslStopEmitServer", On);
            Assert.True(stop.ExitCode == 0, stop.Output);
            Assert.Contains("Postfix.Dsl: stopped the emit server", stop.Output);
            Assert.Contains("after 2 emit(s)", stop.Output);
            WaitFor(() => File.Exists(socket) ? null : "gone", stop.Output);
        }
        finally
        {
            Dotnet.Run(project.Folder, feed.Packages, environment, "build", "-t:PostfixDslStopEmitServer", On);
        }
    }

    [Fact]
    public void A_server_started_with_another_runtimeconfig_declines_and_the_build_emits_by_itself()
    {
        var project = new ConsumerProject(feed, "EmitServerStale");
        var (runtime, environment) = ServerFolder(project);
        try
        {
            var socket = FirstBuild(project, runtime, environment);

            // A setting that changes the project's runtimeconfig.json (same path, other content), and an edit.
            project.Edit("spam.example", "spam3.example");
            var build = project.Build(environment, On, "-p:ConcurrentGarbageCollection=false");

            Assert.True(build.ExitCode == 0, build.Output);
            Assert.Contains("spam3.example", File.ReadAllText(Path.Combine(project.HostFolder, "clients")));
            Assert.Contains("Postfix.Dsl.Emitter.dll\" --assembly", build.Output); // the emitter process ran it
            // The old server stopped; the build started one that matches, which has emitted nothing yet.
            WaitFor(() => File.Exists(socket) ? "listening" : null, build.Output);
            var stop = Dotnet.Run(project.Folder, feed.Packages, environment, "build", "-t:PostfixDslStopEmitServer", On, "-p:ConcurrentGarbageCollection=false");
            Assert.Contains("after 0 emit(s)", stop.Output);
        }
        finally
        {
            Dotnet.Run(project.Folder, feed.Packages, environment, "build", "-t:PostfixDslStopEmitServer", On, "-p:ConcurrentGarbageCollection=false");
            Dotnet.Run(project.Folder, feed.Packages, environment, "build", "-t:PostfixDslStopEmitServer", On);
        }
    }

    [Fact]
    public void A_served_emit_sees_a_referenced_project_as_just_built_though_the_build_has_not_copied_it_yet()
    {
        // The build hands the emit over right after compiling, before it copies the referenced project's
        // new assembly into bin/: the server must load that assembly from where the build copies it.
        var project = new ConsumerProject(feed, "EmitServerPolicy");
        var policy = project.AddReferencedProject("Policy", "public static class Policy { public static string Hostname => \"mx.example.org\"; }\n");
        project.Edit("Myhostname = \"mx.example.org\"", "Myhostname = Policy.Hostname");
        var (runtime, environment) = ServerFolder(project);
        try
        {
            FirstBuild(project, runtime, environment);

            // From now on the copy comes well after the hand-over, so an emit that read bin/ would see the old Policy.dll.
            var file = Directory.GetFiles(project.Folder, "*.csproj").Single();
            File.WriteAllText(file, File.ReadAllText(file).Replace("</Project>",
                "  <Target Name=\"CopyLate\" BeforeTargets=\"_CopyFilesMarkedCopyLocal\"><Exec Command=\"sleep 1\" /></Target>\n</Project>", StringComparison.Ordinal));

            var before = "mx.example.org";
            foreach (var hostname in new[] { "mx.example.net", "mx.example.com" })
            {
                File.WriteAllText(policy, File.ReadAllText(policy).Replace(before, hostname, StringComparison.Ordinal));
                before = hostname;
                var build = project.Build(environment, On);
                Assert.True(build.ExitCode == 0, build.Output);
                Assert.DoesNotContain("Postfix.Dsl.Emitter.dll\" --assembly", build.Output); // served
                Assert.Contains($"myhostname = {hostname}\n", MainCf(project));
            }

            var stop = Dotnet.Run(project.Folder, feed.Packages, environment, "build", "-t:PostfixDslStopEmitServer", On);
            Assert.Contains("after 2 emit(s)", stop.Output);
        }
        finally
        {
            Dotnet.Run(project.Folder, feed.Packages, environment, "build", "-t:PostfixDslStopEmitServer", On);
        }
    }

    [Fact]
    public void Emits_that_come_right_after_each_other_are_all_served()
    {
        // The emitter the build starts, run directly and quickly: each comes well within a second of the last answer.
        var project = new ConsumerProject(feed, "EmitServerBackToBack");
        var (runtime, _) = ServerFolder(project);
        Assert.Equal(0, project.Build("-p:PostfixDslEmitServer=false").ExitCode);
        var bin = Path.Combine(project.Folder, "bin", "Debug", "net10.0");
        string[] emitter =
        [
            "exec", "--roll-forward", "Major",
            "--depsfile", Path.Combine(bin, "EmitServerBackToBack.deps.json"),
            "--runtimeconfig", Path.Combine(bin, "EmitServerBackToBack.runtimeconfig.json"),
            "--additionalprobingpath", feed.Packages,
            Path.Combine(feed.Packages, "postfix.dsl", PackageFeed.Version, "tools", "net8.0", "Postfix.Dsl.Emitter.dll"),
            "--assembly", Path.Combine(bin, "EmitServerBackToBack.dll"), "--emit-server",
        ];
        string[] emit = [.. emitter, "--output", Path.Combine(project.Folder, "postfix"), "--project-dir", project.Folder];
        try
        {
            Assert.Contains("Postfix.Dsl: 1 host(s)", Run(runtime, emit)); // emits, then starts the server
            WaitFor(() => Socket(runtime), "no server started");

            for (var i = 0; i < 5; i++)
            {
                Assert.Contains("Postfix.Dsl: 1 host(s): 0 file(s) written, 3 unchanged", Run(runtime, emit));
            }

            Assert.Contains("after 5 emit(s)", Run(runtime, [.. emitter, "--stop-server"]));
        }
        finally
        {
            Run(runtime, [.. emitter, "--stop-server"]);
        }
    }

    /// <summary>Runs dotnet with <paramref name="args"/> and the server folder <paramref name="runtime"/>; its output.</summary>
    private static string Run(string runtime, string[] args) =>
        Dotnet.Program("dotnet", args, Private(runtime).ToDictionary(v => v.Key, v => (string?)v.Value)).Output;

    /// <summary>
    /// The test's own server folder, so the test sees exactly the servers it starts; and a short idle
    /// time, so a server outlives a test that dies before its own stop by two minutes at most.
    /// </summary>
    private static Dictionary<string, string> Private(string runtime) => new()
    {
        ["XDG_RUNTIME_DIR"] = runtime,
        ["POSTFIX_DSL_EMIT_SERVER_IDLE_SECONDS"] = "120",
    };

    /// <summary>The project's own server folder (see <see cref="Private"/>) and the environment that points the build at it.</summary>
    private static (string Runtime, Dictionary<string, string> Environment) ServerFolder(ConsumerProject project)
    {
        var runtime = Directory.CreateDirectory(Path.Combine(project.Folder, "run")).FullName;
        return (runtime, Private(runtime));
    }

    /// <summary>The first build with the server on: the emitter emits, then starts the project's server. Its socket.</summary>
    private static string FirstBuild(ConsumerProject project, string runtime, Dictionary<string, string> environment)
    {
        var first = project.Build(environment, On);
        Assert.True(first.ExitCode == 0, first.Output);
        return WaitFor(() => Socket(runtime), first.Output);
    }

    private static string MainCf(ConsumerProject project) => File.ReadAllText(Path.Combine(project.HostFolder, "main.cf"));

    /// <summary>Polls for up to 30 seconds: a server starts and stops in the background.</summary>
    private static string WaitFor(Func<string?> probe, string context)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (probe() is { } found)
            {
                return found;
            }

            Thread.Sleep(50);
        }

        throw new Xunit.Sdk.XunitException("timed out waiting for the emit server\n" + context);
    }

    private static string? Socket(string runtime)
    {
        var folder = Path.Combine(runtime, "postfix-dsl");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.sock").SingleOrDefault() : null;
    }
}
