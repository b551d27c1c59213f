using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Postfix.Dsl.Tests.Package;

/// <summary>A brand-new class library in a temporary folder that references Postfix.Dsl by version, like a user's.</summary>
internal sealed class ConsumerProject
{
    /// <summary>One host with a table, written the way the README shows.</summary>
    public const string Hosts = """
        using Postfix.Dsl;
        using static Postfix.Dsl.Restrictions;

        public static class Hosts
        {
            public static AccessTable Clients { get; } = new()
            {
                FileName = "clients",
                Entries = [new(AccessKey.Domain("spam.example"), AccessAction.Reject())],
            };

            [PostfixHost]
            public static MailHost Mx { get; } = new()
            {
                Name = "mx",
                MainCf = new()
                {
                    CompatibilityLevel = CompatibilityLevel.Level3_6,
                    Myhostname = "mx.example.org",
                    Mynetworks = ["127.0.0.0/8"],
                    SmtpdClientRestrictions = [PermitMynetworks, CheckClientAccess(Clients)],
                },
            };
        }

        """;

    private readonly PackageFeed _feed;

    public ConsumerProject(PackageFeed feed, string name, string targetFrameworks = "net10.0")
    {
        _feed = feed;
        Folder = Directory.CreateDirectory(Path.Combine(feed.Root, name)).FullName;
        File.WriteAllText(Path.Combine(Folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {(targetFrameworks.Contains(';') ? $"<TargetFrameworks>{targetFrameworks}</TargetFrameworks>" : $"<TargetFramework>{targetFrameworks}</TargetFramework>")}
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Postfix.Dsl" Version="{PackageFeed.Version}" />
              </ItemGroup>
            </Project>
            """);
        HostsFile = Path.Combine(Folder, "Hosts.cs");
        File.WriteAllText(HostsFile, Hosts);
    }

    public string Folder { get; }

    public string HostsFile { get; }

    /// <summary>The host's output folder: postfix/mx/ in the project folder.</summary>
    public string HostFolder => Path.Combine(Folder, "postfix", "mx");

    /// <summary>Adds a plain class library with <paramref name="code"/> beside this project, and a reference to it.</summary>
    public string AddReferencedProject(string name, string code)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(Folder)!, Path.GetFileName(Folder) + name)).FullName;
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        var source = Path.Combine(folder, name + ".cs");
        File.WriteAllText(source, code);
        var project = Directory.GetFiles(Folder, "*.csproj").Single();
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "</Project>",
            $"  <ItemGroup><ProjectReference Include=\"{Path.Combine(folder, name + ".csproj")}\" /></ItemGroup>\n</Project>",
            StringComparison.Ordinal));
        return source;
    }

    public Dotnet.Result Build(params string[] properties) =>
        Dotnet.Run(Folder, _feed.Packages, ["build", "-v:n", .. properties]);

    /// <summary>Builds with <paramref name="environment"/> added to the build's environment.</summary>
    public Dotnet.Result Build(IReadOnlyDictionary<string, string> environment, params string[] properties) =>
        Dotnet.Run(Folder, _feed.Packages, environment, ["build", "-v:n", .. properties]);

    public void Edit(string from, string to)
    {
        var text = File.ReadAllText(HostsFile);
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Hosts.cs has no \"{from}\"");
        }

        File.WriteAllText(HostsFile, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Where <paramref name="literal"/> stands in Hosts.cs (1-based), counted from the text rather than taken from the generator.</summary>
    public (int Line, int Column) PositionOf(string literal)
    {
        var lines = File.ReadAllLines(HostsFile);
        var line = Array.FindIndex(lines, l => l.Contains(literal, StringComparison.Ordinal)) + 1;
        return (line, lines[line - 1].IndexOf(literal, StringComparison.Ordinal) + 1);
    }

    /// <summary>Every generated file of the host, by name, with its last write time.</summary>
    public (string Name, DateTime Written)[] Files() => Directory.GetFiles(HostFolder)
        .Select(path => (Path.GetFileName(path), File.GetLastWriteTimeUtc(path)))
        .OrderBy(file => file.Item1, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Sets every generated file's timestamp to a fixed past time, so any rewrite shows.</summary>
    public DateTime AgeFiles()
    {
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var path in Directory.GetFiles(HostFolder))
        {
            File.SetLastWriteTimeUtc(path, old);
        }

        return old;
    }
}
