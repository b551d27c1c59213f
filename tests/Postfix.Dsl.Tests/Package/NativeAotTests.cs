using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.Package;

/// <summary>
/// A fleet program published with Native AOT (README, "Speed"), as a package user publishes one: the
/// library builds without a trimming or AOT warning of its own, and the published program writes the
/// same bytes and says the same things as the same program under the JIT — the sample host's files
/// exactly as committed, a template of the user's with Scriban's functions, and a validation error.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class NativeAotTests(PackageFeed feed)
{
    private const string Program = """
        using System;
        using System.IO;
        using Postfix.Dsl;

        var output = args[0];
        PostfixDsl.PrepareEmit();
        Console.WriteLine(PostfixDsl.Emit(Neptune.NeptuneHost.Definition, Path.Combine(output, "default")).Written.Count);
        Console.WriteLine(PostfixDsl.Emit(Neptune.NeptuneHost.Definition, Path.Combine(output, "templated"), TemplateSet.FromFolder(args[1])).Written.Count);
        // A value only the emit sees (the analyzers see literals): a tab in mail_name.
        var mailName = string.Join("\t", "Mail", "Server");
        try
        {
            var bad = new MailHost
            {
                Name = "bad",
                MainCf = new()
                {
                    SmtpdRelayRestrictions = [Restrictions.PermitMynetworks, Restrictions.RejectUnauthDestination],
                    DisableVrfyCommand = true,
                    MailName = mailName,
                },
            };
            PostfixDsl.Emit(bad, Path.Combine(output, "bad"));
        }
        catch (PostfixValidationException exception)
        {
            Console.WriteLine(exception.Message);
        }
        """;

    // Scriban's functions (string.*, array.*) are imported by reflection: what trimming would cut first.
    private const string MainCfTemplate = """
        {{ header }}
        # {{ "parameters" | string.upcase }}: {{ [3, 1, 2] | array.sort | array.join "," }}, {{ "a-b" | string.replace "-" "+" }}

        {{ write_rows parameters ~}}

        """;

    [Fact]
    public void A_fleet_program_published_with_native_aot_writes_what_it_writes_under_the_jit()
    {
        var folder = Directory.CreateDirectory(Path.Combine(feed.Root, "AotFleet")).FullName;
        File.WriteAllText(Path.Combine(folder, "AotFleet.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <PublishAot>true</PublishAot>
                <PostfixDslEmitOnBuild>false</PostfixDslEmitOnBuild>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Postfix.Dsl" Version="{PackageFeed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), Program);
        File.Copy(Path.Combine(RepositoryPaths.Root, "samples", "Neptune", "NeptuneHost.cs"), Path.Combine(folder, "NeptuneHost.cs"));
        var templates = Directory.CreateDirectory(Path.Combine(folder, "templates")).FullName;
        File.WriteAllText(Path.Combine(templates, "main.cf.scriban"), MainCfTemplate.Replace("\r\n", "\n", StringComparison.Ordinal));

        var published = Dotnet.Run(folder, feed.Packages, "publish", "-c", "Release", "-r", "linux-x64", "-o", Path.Combine(folder, "aot"));
        Assert.True(published.ExitCode == 0, published.Output);
        var ours = published.Output.Split('\n').Where(l => l.Contains("warning", StringComparison.Ordinal) && l.Contains("Postfix.Dsl", StringComparison.Ordinal));
        Assert.Empty(ours);

        var built = Dotnet.Run(folder, feed.Packages, "build", "-c", "Release", "-o", Path.Combine(folder, "jit"));
        Assert.True(built.ExitCode == 0, built.Output);

        var aot = Run(Path.Combine(folder, "aot", "AotFleet"), Path.Combine(folder, "out-aot"), templates);
        var jit = Run("dotnet", Path.Combine(folder, "jit", "AotFleet.dll"), Path.Combine(folder, "out-jit"), templates);
        Assert.Equal(jit, aot);
        Assert.Contains("error(s); nothing was written", aot, StringComparison.Ordinal);
        Assert.Contains("mail_name", aot, StringComparison.Ordinal);

        // Every file as the JIT wrote it, and the sample's as committed.
        var files = Files(Path.Combine(folder, "out-jit"));
        Assert.Equal(files, Files(Path.Combine(folder, "out-aot")));
        foreach (var file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(folder, "out-jit", file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder, "out-aot", file))),
                $"{file} differs between the JIT and Native AOT");
        }

        var sample = Path.Combine(RepositoryPaths.Root, "samples", "Neptune", "postfix", "neptune");
        foreach (var file in Directory.GetFiles(sample))
        {
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(folder, "out-aot", "default", "neptune", Path.GetFileName(file))));
        }

        Assert.Equal("# PARAMETERS: 1,2,3, a+b", File.ReadAllLines(Path.Combine(folder, "out-aot", "templated", "neptune", "main.cf"))[1]);
    }

    private static string[] Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Runs <paramref name="program"/> and returns what it printed; it must succeed.</summary>
    private static string Run(string program, params string[] args)
    {
        var run = Dotnet.Program(program, args, new Dictionary<string, string?>());
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output;
    }
}
