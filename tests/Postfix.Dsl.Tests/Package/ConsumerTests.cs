using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.Package;

/// <summary>
/// The package as a user meets it: a brand-new project references Postfix.Dsl by version from a
/// local feed, and `dotnet build` writes, keeps, updates, deletes and verifies its files.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class ConsumerTests(PackageFeed feed)
{
    private const string EmitterBanner = "Postfix.Dsl: 1 host(s)";

    [Fact]
    public void Build_writes_the_host_files_and_a_second_build_neither_starts_the_emitter_nor_moves_a_timestamp()
    {
        var project = new ConsumerProject(feed, "FirstBuild");

        var first = project.Build();
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Equal(["clients", "main.cf", "master.cf"], project.Files().Select(f => f.Name));
        Assert.Contains("myhostname = mx.example.org", File.ReadAllText(Path.Combine(project.HostFolder, "main.cf")));
        var old = project.AgeFiles();

        var second = project.Build();

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.DoesNotContain(EmitterBanner, second.Output);
        Assert.Contains("Skipping target \"PostfixDslEmit\" because all output files are up-to-date", second.Output);
        Assert.All(project.Files(), file => Assert.Equal(old, file.Written));
    }

    [Fact]
    public void An_edit_to_the_host_rewrites_exactly_the_affected_file()
    {
        var project = new ConsumerProject(feed, "Edit");
        Assert.Equal(0, project.Build().ExitCode);
        var old = project.AgeFiles();

        project.Edit("mx.example.org", "mx2.example.org");
        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal(["main.cf"], project.Files().Where(f => f.Written != old).Select(f => f.Name));
        Assert.Contains("myhostname = mx2.example.org", File.ReadAllText(Path.Combine(project.HostFolder, "main.cf")));

        // The emitter's multi-core JIT profile, for the next emitter, is kept in obj/, not among the outputs.
        var profile = Path.Combine(project.Folder, "obj", "Debug", "net10.0", "postfix-dsl-emitter.jitprofile");
        Assert.True(File.Exists(profile) && new FileInfo(profile).Length > 0, build.Output);
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(project.Folder, "postfix"), "*", SearchOption.AllDirectories), path => path.EndsWith(".jitprofile", StringComparison.Ordinal));

        // Recorded once, then only replayed: this emitter (the edit's) left the first one's profile as it was.
        // (A one-off emitter, whatever this machine's compiler server setting: the profile is the one-off's.)
        var recorded = File.GetLastWriteTimeUtc(profile);
        var bytes = File.ReadAllBytes(profile);
        project.Edit("mx2.example.org", "mx3.example.org");
        var replayed = project.Build("-p:PostfixDslEmitServer=false");
        Assert.True(replayed.ExitCode == 0, replayed.Output);
        Assert.Contains("myhostname = mx3.example.org", File.ReadAllText(Path.Combine(project.HostFolder, "main.cf")));
        Assert.Equal(recorded, File.GetLastWriteTimeUtc(profile));
        Assert.Equal(bytes, File.ReadAllBytes(profile));

        // Once the project's dependencies change (its deps.json is newer), the next emitter records it anew.
        var deps = Path.Combine(project.Folder, "bin", "Debug", "net10.0", "Edit.deps.json");
        Assert.True(File.Exists(deps), deps);
        File.SetLastWriteTimeUtc(deps, recorded.AddSeconds(1));
        project.Edit("mx3.example.org", "mx4.example.org");
        var rerecorded = project.Build("-p:PostfixDslEmitServer=false");
        Assert.True(rerecorded.ExitCode == 0, rerecorded.Output);
        Assert.True(File.GetLastWriteTimeUtc(profile) > recorded.AddSeconds(1), "the profile was not recorded anew");
    }

    [Fact]
    public void Removing_a_table_deletes_its_file()
    {
        var project = new ConsumerProject(feed, "RemoveTable");
        Assert.Equal(0, project.Build().ExitCode);
        Assert.True(File.Exists(Path.Combine(project.HostFolder, "clients")));

        project.Edit("[PermitMynetworks, CheckClientAccess(Clients)]", "[PermitMynetworks]");
        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal(["main.cf", "master.cf"], project.Files().Select(f => f.Name));
    }

    [Fact]
    public void A_bad_value_fails_the_build_with_the_PFX_error_at_the_file_and_line_that_set_it()
    {
        // A tab in a value is checked when the emitter validates the host (the analyzer does not
        // look at control characters), so this is the emitter's error, placed at the literal.
        var project = new ConsumerProject(feed, "BadValue");
        project.Edit("Myhostname = \"mx.example.org\",", "Myhostname = \"mx.example.org\",\n                    MailName = \"Mail\\tServer\",");
        var (line, column) = project.PositionOf("\"Mail\\tServer\"");

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{project.HostsFile}({line},{column}): error PFX0001: mx/main.cf: mail_name: \"Mail\\tServer\"", build.Output);
        Assert.False(Directory.Exists(project.HostFolder));

        // A failed emit's multi-core JIT profile holds only its validation: none is kept, so that the next
        // emitter, which renders, records one.
        Assert.False(File.Exists(Path.Combine(project.Folder, "obj", "Debug", "net10.0", "postfix-dsl-emitter.jitprofile")), build.Output);
    }

    [Fact]
    public void Each_emit_time_error_for_a_value_written_twice_points_at_its_own_assignment()
    {
        // The same bad text for two parameters: the generator records each literal under its model
        // path (MainCf.SmtpdRejectFooter, MainCf.MailName), so the second error is not blamed on
        // the first literal with an equal value.
        var project = new ConsumerProject(feed, "RepeatedValue");
        project.Edit("Myhostname = \"mx.example.org\",",
            "Myhostname = \"mx.example.org\",\n                    SmtpdRejectFooter = \"Mail\\tServer\",\n                    MailName = \"Mail\\tServer\",");
        var (footer, column) = project.PositionOf("SmtpdRejectFooter = ");
        var (mailName, _) = project.PositionOf("MailName = ");
        var literalColumn = column + "SmtpdRejectFooter = ".Length;

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{project.HostsFile}({footer},{literalColumn}): error PFX0001: mx/main.cf: smtpd_reject_footer: \"Mail\\tServer\"", build.Output);
        Assert.Contains($"{project.HostsFile}({mailName},{column + "MailName = ".Length}): error PFX0001: mx/main.cf: mail_name: \"Mail\\tServer\"", build.Output);
    }

    [Fact]
    public void A_bad_literal_the_analyzer_sees_fails_the_build_at_compile_time_at_its_line()
    {
        var project = new ConsumerProject(feed, "BadLiteral");
        project.Edit("\"127.0.0.0/8\"", "\"10.0.0.0/33\"");
        var (line, column) = project.PositionOf("\"10.0.0.0/33\"");

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"{project.HostsFile}({line},{column}): error PFX0002:", build.Output);
        Assert.False(Directory.Exists(project.HostFolder));
    }

    [Fact]
    public void Verify_mode_fails_on_a_hand_edited_file_and_passes_on_a_clean_one()
    {
        var project = new ConsumerProject(feed, "Verify");
        Assert.Equal(0, project.Build().ExitCode);

        var clean = project.Build("-p:PostfixDslVerify=true");
        Assert.True(clean.ExitCode == 0, clean.Output);

        var mainCf = Path.Combine(project.HostFolder, "main.cf");
        File.AppendAllText(mainCf, "# hand edit\n");
        var edited = project.Build("-p:PostfixDslVerify=true");

        Assert.NotEqual(0, edited.ExitCode);
        Assert.Contains($"{mainCf} : error PFX0103: differs from what the model produces", edited.Output);
        Assert.EndsWith("# hand edit\n", File.ReadAllText(mainCf));

        // The failing check only replayed the first build's multi-core JIT profile: it keeps it.
        Assert.True(File.Exists(Path.Combine(project.Folder, "obj", "Debug", "net10.0", "postfix-dsl-emitter.jitprofile")), edited.Output);
    }

    [Fact]
    public void A_multi_targeted_project_starts_the_emitter_once()
    {
        var project = new ConsumerProject(feed, "MultiTarget", "net8.0;net10.0");

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Single(build.Output.Split('\n'), line => line.Contains(EmitterBanner, StringComparison.Ordinal));
        Assert.Equal(["clients", "main.cf", "master.cf"], project.Files().Select(f => f.Name));
    }

    [Theory]
    [InlineData("-p:PostfixDslEmitOnBuild=false")]
    [InlineData("-p:DesignTimeBuild=true")]
    public void Switched_off_or_design_time_builds_write_nothing(string property)
    {
        var project = new ConsumerProject(feed, "Off" + property.Split('=', ':')[1]);

        var build = project.Build(property);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(EmitterBanner, build.Output);
        Assert.False(Directory.Exists(Path.Combine(project.Folder, "postfix")));
    }

    [Fact]
    public void A_change_to_a_policy_in_a_referenced_project_is_written_though_the_host_project_is_not_recompiled()
    {
        var project = new ConsumerProject(feed, "SharedPolicy");
        var policy = project.AddReferencedProject("Policy", "public static class Policy { public static string Hostname => \"mx.example.org\"; }\n");
        project.Edit("Myhostname = \"mx.example.org\"", "Myhostname = Policy.Hostname");
        Assert.Equal(0, project.Build().ExitCode);

        File.WriteAllText(policy, File.ReadAllText(policy).Replace("mx.example.org", "mx.example.net", StringComparison.Ordinal));
        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("myhostname = mx.example.net", File.ReadAllText(Path.Combine(project.HostFolder, "main.cf")));
    }

    [Fact]
    public void The_library_is_shipped_precompiled_for_each_runtime_it_targets()
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed.Feed, $"Postfix.Dsl.{PackageFeed.Version}.nupkg"));
        var libraries = package.Entries.Select(e => e.FullName).Where(n => n.StartsWith("lib/", StringComparison.Ordinal) && n.EndsWith(".dll", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(["lib/net10.0/Postfix.Dsl.dll", "lib/net8.0/Postfix.Dsl.dll"], libraries);

        // Precompiled code is used only by the runtime whose format it has: the net10.0 library's must be
        // the format of the .NET 10 runtime running this test, and the net8.0 one's an older one (.NET 8's).
        var running = ReadyToRunMajorVersion(File.ReadAllBytes(typeof(object).Assembly.Location));
        Assert.Equal(running, ReadyToRunMajorVersion(Read(package, "lib/net10.0/Postfix.Dsl.dll")));
        Assert.InRange(ReadyToRunMajorVersion(Read(package, "lib/net8.0/Postfix.Dsl.dll")) ?? 0, 1, (running ?? 0) - 1);

        // Projects compile against reference assemblies (no code, so for no processor), with the docs beside them:
        // the precompiled ones made every build for a runtime (-r linux-x64) warn CS8012.
        var references = package.Entries.Select(e => e.FullName).Where(n => n.StartsWith("ref/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(["ref/net10.0/Postfix.Dsl.dll", "ref/net10.0/Postfix.Dsl.xml", "ref/net8.0/Postfix.Dsl.dll", "ref/net8.0/Postfix.Dsl.xml"], references);
        Assert.Null(ReadyToRunMajorVersion(Read(package, "ref/net10.0/Postfix.Dsl.dll")));
        Assert.Null(ReadyToRunMajorVersion(Read(package, "ref/net8.0/Postfix.Dsl.dll")));
    }

    [Fact]
    public void Scriban_reaches_a_consumer_at_run_time_but_not_at_compile_time()
    {
        // Scriban is how the library renders, not part of its API: a consumer's compiler is not handed it
        // (resolving and reading it cost every build), while the emitter, which renders, still loads it.
        var project = new ConsumerProject(feed, "ScribanRuntimeOnly");
        var references = RestoredMSBuild(project, "-t:ResolveAssemblyReferences", "-getItem:ReferencePath");
        Assert.Contains("Postfix.Dsl.dll", references);
        Assert.DoesNotContain("Scriban", references);

        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.Output);
        var deps = File.ReadAllText(Path.Combine(project.Folder, "bin", "Debug", "net10.0", "ScribanRuntimeOnly.deps.json"));
        Assert.Contains("lib/net8.0/Scriban.Signed.dll", deps);
        Assert.True(File.Exists(Path.Combine(project.HostFolder, "main.cf")), build.Output);
    }

    [Fact]
    public void A_dotnet_10_build_loads_the_emit_servers_task_precompiled_for_its_runtime()
    {
        // MSBuild starts afresh for every dotnet build, so the task's code compiled at run time cost each
        // warm build 2–3 ms: the package ships a net10.0 build precompiled for .NET 10, and such an MSBuild picks it.
        var project = new ConsumerProject(feed, "TaskBuild");
        var task = Path.GetFullPath(RestoredMSBuild(project, "-getProperty:PostfixDslTasksPath", "-p:PostfixDslEmitServer=true").Trim());
        Assert.Equal(Path.Combine(feed.Packages, "postfix.dsl", PackageFeed.Version, "tools", "net10.0", "Postfix.Dsl.Tasks.dll"), task);
        Assert.Equal(ReadyToRunMajorVersion(File.ReadAllBytes(typeof(object).Assembly.Location)), ReadyToRunMajorVersion(File.ReadAllBytes(task)));

        // The net8.0 build stays, as IL, for the .NET 8 SDK's MSBuild.
        Assert.Null(ReadyToRunMajorVersion(File.ReadAllBytes(Path.Combine(feed.Packages, "postfix.dsl", PackageFeed.Version, "tools", "net8.0", "Postfix.Dsl.Tasks.dll"))));
    }

    /// <summary>Restores <paramref name="project"/>, then runs <c>dotnet msbuild</c> with <paramref name="args"/> on it; its output.</summary>
    private string RestoredMSBuild(ConsumerProject project, params string[] args)
    {
        var restored = Dotnet.Run(project.Folder, feed.Packages, "restore");
        Assert.True(restored.ExitCode == 0, restored.Output);
        var result = Dotnet.Run(project.Folder, feed.Packages, ["msbuild", .. args]);
        Assert.True(result.ExitCode == 0, result.Output);
        return result.Output;
    }

    private static byte[] Read(System.IO.Compression.ZipArchive package, string name)
    {
        using var stream = package.GetEntry(name)!.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>The major version of an assembly's ReadyToRun header, or null for IL only.</summary>
    private static int? ReadyToRunMajorVersion(byte[] image)
    {
        using var reader = new System.Reflection.PortableExecutable.PEReader(System.Collections.Immutable.ImmutableArray.Create(image));
        var header = reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory;
        if (header.Size == 0)
        {
            return null;
        }

        var data = reader.GetSectionData(header.RelativeVirtualAddress).GetContent();
        Assert.Equal(0x00525452, BitConverter.ToInt32([.. data], 0)); // "RTR"
        return BitConverter.ToUInt16([.. data], 4);
    }

    [Fact]
    public void The_package_ships_no_catalog_generator_so_a_users_own_parameters_tsv_builds_clean()
    {
        using (var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed.Feed, $"Postfix.Dsl.{PackageFeed.Version}.nupkg")))
        {
            var analyzers = package.Entries.Select(e => e.FullName).Where(n => n.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            Assert.Equal(["analyzers/dotnet/cs/Postfix.Dsl.Analyzers.dll", "analyzers/dotnet/cs/Postfix.Dsl.Generators.dll"], analyzers);
        }

        var project = new ConsumerProject(feed, "OwnCatalog");
        // A file of the user's own that happens to share the catalog's name: once a PFX0900 error or a second Parameters type (CS0436).
        File.WriteAllText(Path.Combine(project.Folder, "parameters.tsv"), "name\ttype\nmy_setting\tstring\n");
        var csproj = Directory.GetFiles(project.Folder, "*.csproj").Single();
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace(
            "</Project>", "  <ItemGroup><AdditionalFiles Include=\"parameters.tsv\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("PFX0900", build.Output);
        Assert.DoesNotContain("CS0436", build.Output);
        Assert.True(File.Exists(Path.Combine(project.HostFolder, "main.cf")));
    }
}
