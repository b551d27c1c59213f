using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Postfix.Dsl.Tests.Package;
using Xunit;
using Xunit.Abstractions;

namespace Postfix.Dsl.Editor.Tests;

/// <summary>
/// The editor as a Neovim, Emacs or Helix user meets it: the packed library in a brand-new project,
/// opened in csharp-ls (a C# language server, installed as a .NET tool) driven over LSP from here.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class LanguageServerTests(PackageFeed feed, ITestOutputHelper output)
{
    /// <summary>csharp-ls's version; the one this machine's feed serves.</summary>
    private const string ServerVersion = "0.28.0";

    /// <summary>A generous limit: this is a smoke test of the editor, not a benchmark.</summary>
    private static readonly TimeSpan FirstDiagnosticsLimit = TimeSpan.FromSeconds(180);

    /// <summary>A host with five known mistakes, two of which the compiler itself reports.</summary>
    private const string Hosts = """
        using Postfix.Dsl;
        using static Postfix.Dsl.Restrictions;

        public static class Hosts
        {
            [PostfixHost]
            public static MailHost Mx { get; } = new()
            {
                Name = "mx",
                MainCf = new()
                {
                    CompatibilityLevel = CompatibilityLevel.Level3_6,
                    DisableVrfyCommand = true,
                    Myhostname = "mx.example.org",
                    Mynetworks = ["127.0.0.0/8", "10.0.0.0/33"],
                    SmtpdBanner = "$myhostname ESMTP $mail_version",
                    SmtpdUseTls = true,
                    SmtpdRelayRestrictions = [PermitMynetworks, RejectUnauthDestination],
                    SmtpdClientRestrictions = [RejectUnknownClient, PermitMynetworks],
                },
            };
        }

        """;

    /// <summary>The diagnostics the file must show, by ID and the text they cover (its first occurrence).</summary>
    private static readonly (string Id, string Text)[] WithAnalyzers =
    [
        ("PFX0002", "\"10.0.0.0/33\""),
        ("PFX0305", "\"$myhostname ESMTP $mail_version\""),
        ("PFX0301", "SmtpdUseTls"),
        ("PFX0300", "RejectUnknownClient"),
        ("PFX0304", "RejectUnknownClient"),
    ];

    [Fact]
    public async Task With_analyzers_on_every_mistake_shows_once_at_its_range_and_an_edit_clears_the_fixed_one()
    {
        var (project, uri) = Consumer("EditorOn");
        using var server = Start(project, analyzersEnabled: true);
        await Open(server, project, uri);
        var opened = server.Elapsed;

        var (first, at) = await server.WaitForDiagnostics(uri, opened, d => Ours(d).Count == WithAnalyzers.Length, FirstDiagnosticsLimit);
        output.WriteLine($"[editor] csharp-ls {ServerVersion}, analyzers on: {WithAnalyzers.Length} PFX diagnostics {(at - opened).TotalSeconds:F1} s after opening Hosts.cs");
        Console.WriteLine($"[editor] csharp-ls {ServerVersion}, analyzers on: {WithAnalyzers.Length} PFX diagnostics {(at - opened).TotalSeconds:F1} s after opening Hosts.cs");
        Assert.Equal(Expected(Hosts, WithAnalyzers), Ours(first));
        Assert.All(first, d => Assert.NotEqual("CS0618", d!["code"]?.ToString())); // one diagnostic per problem

        // One line fixed: the bad network goes, everything else stays where it was.
        var fixedText = Hosts.Replace("\"10.0.0.0/33\"", "\"10.0.0.0/24\"", StringComparison.Ordinal);
        var edited = server.Elapsed;
        server.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = fixedText }),
        });
        var remaining = WithAnalyzers.Where(d => d.Id != "PFX0002").ToArray();
        var (after, clearedAt) = await server.WaitForDiagnostics(uri, edited, d => Ours(d).Count == remaining.Length, FirstDiagnosticsLimit);
        Console.WriteLine($"[editor] the fixed PFX0002 cleared {(clearedAt - edited).TotalSeconds:F2} s after the edit");
        Assert.Equal(Expected(fixedText, remaining), Ours(after));
    }

    [Fact]
    public async Task With_the_server_s_defaults_the_obsolete_forms_still_show_with_our_ids_from_the_compiler()
    {
        var (project, uri) = Consumer("EditorDefaults");
        using var server = Start(project, analyzersEnabled: null);
        await Open(server, project, uri);
        var opened = server.Elapsed;
        var compilerOnly = WithAnalyzers.Where(d => d.Id is "PFX0300" or "PFX0301").ToArray();

        var (diagnostics, at) = await server.WaitForDiagnostics(uri, opened, d => Ours(d).Count >= compilerOnly.Length, FirstDiagnosticsLimit);
        Console.WriteLine($"[editor] csharp-ls {ServerVersion}, default settings: {Ours(diagnostics).Count} PFX diagnostics {(at - opened).TotalSeconds:F1} s after opening Hosts.cs");

        Assert.Equal(Expected(Hosts, compilerOnly), Ours(diagnostics));
        Assert.All(diagnostics, d => Assert.NotEqual("CS0618", d!["code"]?.ToString()));
        Assert.All(diagnostics.Where(d => d!["code"]?.ToString() is "PFX0300" or "PFX0301"), d =>
            Assert.StartsWith("https://github.com/postfix-dsl/postfix-dsl/blob/main/docs/diagnostics/PFX030", d!["codeDescription"]?["href"]?.ToString() ?? "(no link)"));
    }

    private (ConsumerProject Project, string Uri) Consumer(string name)
    {
        var project = new ConsumerProject(feed, name);
        File.WriteAllText(project.HostsFile, Hosts);
        var restore = Dotnet.Run(project.Folder, feed.Packages, "restore");
        Assert.True(restore.ExitCode == 0, restore.Output);
        return (project, new Uri(project.HostsFile).AbsoluteUri);
    }

    private LanguageServerClient Start(ConsumerProject project, bool? analyzersEnabled)
    {
        var csharp = new JsonObject();
        if (analyzersEnabled is { } enabled)
        {
            csharp["analyzersEnabled"] = enabled;
        }

        return new LanguageServerClient(Server(), project.Folder, feed.Packages, new JsonObject { ["csharp"] = csharp });
    }

    private static async Task Open(LanguageServerClient server, ConsumerProject project, string uri)
    {
        var root = new Uri(project.Folder + Path.DirectorySeparatorChar).AbsoluteUri;
        await server.Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "consumer" }),
            ["initializationOptions"] = server.Settings.DeepClone(),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
                ["textDocument"] = new JsonObject { ["publishDiagnostics"] = new JsonObject { ["codeDescriptionSupport"] = true } },
            },
        }, TimeSpan.FromSeconds(60));
        server.Notify("initialized", new JsonObject());
        server.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = server.Settings.DeepClone() });
        server.Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = File.ReadAllText(project.HostsFile) },
        });
    }

    /// <summary>The PFX diagnostics as (ID, start line, start character, end line, end character), sorted.</summary>
    private static List<(string, int, int, int, int)> Ours(JsonArray diagnostics) =>
        [.. diagnostics
            .Where(d => d!["code"]?.ToString().StartsWith("PFX", StringComparison.Ordinal) == true)
            .Select(d => (d!["code"]!.ToString(),
                d["range"]!["start"]!["line"]!.GetValue<int>(), d["range"]!["start"]!["character"]!.GetValue<int>(),
                d["range"]!["end"]!["line"]!.GetValue<int>(), d["range"]!["end"]!["character"]!.GetValue<int>()))
            .Order()];

    /// <summary>Where each expected diagnostic must be, computed from the text (0-based, as LSP counts).</summary>
    private static List<(string, int, int, int, int)> Expected(string text, (string Id, string Text)[] expected) =>
        [.. expected.Select(e =>
        {
            var offset = text.IndexOf(e.Text, StringComparison.Ordinal);
            var line = text[..offset].Count(c => c == '\n');
            var character = offset - (text.LastIndexOf('\n', offset - 1) + 1);
            return (e.Id, line, character, line, character + e.Text.Length);
        }).Order()];

    /// <summary>csharp-ls, installed once into the feed's folder from the package registry.</summary>
    private string Server()
    {
        var toolPath = Path.Combine(feed.Root, "csharp-ls");
        var executable = Path.Combine(toolPath, "csharp-ls");
        lock (typeof(LanguageServerTests))
        {
            if (!File.Exists(executable))
            {
                var install = new ProcessStartInfo("dotnet", ["tool", "install", "csharp-ls", "--version", ServerVersion, "--tool-path", toolPath])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    WorkingDirectory = feed.Root,
                };
                using var process = Process.Start(install)!;
                var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, "dotnet tool install csharp-ls failed:\n" + text);
            }
        }

        return executable;
    }
}
