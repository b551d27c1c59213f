using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using Postfix.Dsl.Tests.Package;
using Xunit;

namespace Postfix.Dsl.Editor.Tests;

/// <summary>
/// Every code fix of the package, applied the way an IDE applies it: the brand-new consumer project
/// loaded with MSBuildWorkspace (its analyzers and fixes come from the packed package), each fix
/// asked for on a real diagnostic, its code action's changes applied, and the result compiled again.
/// </summary>
[Collection(ConsumerCollection.Name)]
public sealed class CodeFixWorkspaceTests(PackageFeed feed)
{
    /// <summary>One host with a problem for every code fix.</summary>
    private const string Hosts = """
        using Postfix.Dsl;
        using static Postfix.Dsl.Restrictions;

        public static class Hosts
        {
            public static RegexpTable Checks { get; } = new() { FileName = "header_checks", Rules = [new RegexpMatch("^From:.*@partner\\.example", HeaderAction.Ok)] };

            [PostfixHost]
            public static MailHost Mx { get; } = new()
            {
                Name = "mx",
                MainCf = new()
                {
                    CompatibilityLevel = CompatibilityLevel.Level3_6,
                    DisableVrfyCommand = false,
                    Myhostname = "mx.example.org",
                    SmtpdBanner = "$myhostname ESMTP $mail_version",
                    SmtpdUseTls = true,
                    SmtpdRelayRestrictions = [PermitMynetworks],
                    SmtpdClientRestrictions = [RejectUnknownClientHostname, PermitMynetworks],
                    SmtpdHeloRestrictions = [RejectUnknownHostname],
                    SmtpdSenderRestrictions = [PermitSaslAuthenticated, RejectSenderLoginMismatch],
                    SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.Dane,
                    HeaderChecks = [Checks],
                },
                MasterCf = MasterCf.Stock
                    .Add(new Service { Name = "oldpickup", Type = ServiceType.Fifo, Private = false, Command = "pickup" })
                    .Add(new Service { Name = "local2", Type = ServiceType.Unix, Chroot = true, Command = "local" }),
            };
        }

        """;

    [Fact]
    public async Task Every_code_fix_applies_through_the_workspace_api_and_the_result_compiles_without_its_diagnostic()
    {
        var project = new ConsumerProject(feed, "CodeFixes");
        File.WriteAllText(project.HostsFile, Hosts);
        var restore = Dotnet.Run(project.Folder, feed.Packages, "restore");
        Assert.True(restore.ExitCode == 0, restore.Output);

        var applied = await Workspace.ApplyEveryFix(Directory.GetFiles(project.Folder, "*.csproj").Single(), feed.Packages);

        foreach (var line in applied.Log)
        {
            Console.WriteLine("[codefix] " + line);
        }

        Assert.Equal(
            ["BannerCodeFix", "ChrootCodeFix", "DnssecCodeFix", "MynetworksFirstCodeFix", "ObsoleteParameterCodeFix", "ObsoleteRestrictionCodeFix", "ObsoleteServiceFormCodeFix",
                "OkToDunnoCodeFix", "RelayCodeFix", "SaslChecksFirstCodeFix", "VrfyCodeFix"],
            applied.Fixers.Order(StringComparer.Ordinal));
        Assert.Equal(applied.AllFixers.Order(StringComparer.Ordinal), applied.Fixers.Order(StringComparer.Ordinal));
    }

    /// <summary>Kept apart so MSBuild's types load only after MSBuildLocator has chosen the SDK's MSBuild.</summary>
    private static class Workspace
    {
        private static readonly Lazy<bool> Registered = new(() =>
        {
            // dotnet test sets these for its own MSBuild; the SDK's must be found afresh.
            foreach (var inherited in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
            {
                Environment.SetEnvironmentVariable(inherited, null);
            }

            MSBuildLocator.RegisterDefaults();
            return true;
        });

        public static Task<Result> ApplyEveryFix(string projectPath, string nugetPackages)
        {
            _ = Registered.Value;
            Environment.SetEnvironmentVariable("NUGET_PACKAGES", nugetPackages);
            return Apply(projectPath);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static async Task<Result> Apply(string projectPath)
        {
            using var workspace = MSBuildWorkspace.Create();
            var project = await workspace.OpenProjectAsync(projectPath);
            var analyzerAssemblies = project.AnalyzerReferences.OfType<AnalyzerFileReference>()
                .Where(r => Path.GetFileName(r.FullPath).StartsWith("Postfix.Dsl", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(analyzerAssemblies);
            var fixers = analyzerAssemblies.Select(r => r.GetAssembly()).SelectMany(a => a.GetTypes())
                .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Length > 0)
                .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!).ToList();
            var analyzers = analyzerAssemblies.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();

            var before = await Diagnostics(project, analyzers);
            Assert.Empty(before.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("PFX", StringComparison.Ordinal)));
            var used = new HashSet<string>(StringComparer.Ordinal);
            var log = new List<string>();
            foreach (var fixer in fixers)
            {
                foreach (var diagnostic in before.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)))
                {
                    var document = project.GetDocument(diagnostic.Location.SourceTree)!;
                    var actions = new List<CodeAction>();
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                    if (actions.Count == 0)
                    {
                        continue; // a fix may decline (reject_maps_rbl without literal domains)
                    }

                    var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
                    var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetProject(project.Id)!;
                    var after = await Diagnostics(changed, analyzers);

                    // It compiles, and this problem is gone: one fewer diagnostic of the ID.
                    Assert.Empty(after.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("PFX", StringComparison.Ordinal)));
                    Assert.True(after.Count(d => d.Id == diagnostic.Id) < before.Count(d => d.Id == diagnostic.Id),
                        $"{fixer.GetType().Name} left {diagnostic.Id} in place: {string.Join("; ", after.Where(d => d.Id == diagnostic.Id))}");
                    used.Add(fixer.GetType().Name);
                    log.Add($"{fixer.GetType().Name}: {diagnostic.Id} at {diagnostic.Location.GetLineSpan().StartLinePosition} \"{actions[0].Title}\" applied; the project compiles and the diagnostic is gone");
                }
            }

            return new Result([.. used], [.. fixers.Select(f => f.GetType().Name)], log);
        }

        private static async Task<ImmutableArray<Diagnostic>> Diagnostics(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var compilation = (await project.GetCompilationAsync())!;
            return await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAllDiagnosticsAsync();
        }
    }

    private sealed record Result(string[] Fixers, string[] AllFixers, List<string> Log);
}
