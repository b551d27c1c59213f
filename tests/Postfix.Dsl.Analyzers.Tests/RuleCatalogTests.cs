using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Postfix.Dsl.Rules;
using Xunit;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>
/// The rule catalogue (<see cref="RuleCatalog"/>) is the one definition of every PFX rule, and
/// everything else agrees with it: the library's public rules, the analyzers' and the generators'
/// descriptors, the release-tracking files, the docs pages, the docs index and the build targets.
/// </summary>
public class RuleCatalogTests
{
    private static DiagnosticDescriptor[] Descriptors() =>
        [.. new DiagnosticAnalyzer[] { new ParametersAnalyzer(), new ServiceAnalyzer(), new PatternAnalyzer(), new TableKeyAnalyzer(), new SecretAnalyzer(), new PostfixHostAnalyzer() }
            .SelectMany(a => a.SupportedDiagnostics).Distinct()];

    private static ValidationRule[] PublicRules() => [.. new[] { typeof(ValidationRules), typeof(BuildRules) }
        .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Static))
        .Select(p => (ValidationRule)p.GetValue(null)!)];

    [Fact]
    public void Every_id_is_defined_once_and_numbered_PFXnnnn() =>
        Assert.All(RuleCatalog.All.GroupBy(r => r.Id), g =>
        {
            Assert.Single(g);
            Assert.Matches("^PFX[0-9]{4}$", g.Key);
        });

    [Fact]
    public void The_catalogue_lists_every_rule_it_defines() =>
        Assert.Equal(
            typeof(RuleCatalog).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(RuleDefinition)).Select(f => ((RuleDefinition)f.GetValue(null)!).Id).Order(),
            RuleCatalog.All.Select(r => r.Id).Order());

    [Fact]
    public void Every_descriptor_is_its_catalogue_rule_with_an_absolute_help_link() =>
        Assert.All(Descriptors(), descriptor =>
        {
            var rule = Assert.Single(RuleCatalog.All, r => r.Id == descriptor.Id);
            Assert.True(rule.Surfaces.HasFlag(RuleSurfaces.Editor), $"{rule.Id} is reported in the editor but its surfaces are {rule.Surfaces}");
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(RuleCatalog.Category, descriptor.Category);
            Assert.Equal(Severity(rule.Severity), descriptor.DefaultSeverity);
            Assert.True(Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out var link) && link.Scheme == "https", $"{descriptor.Id}: {descriptor.HelpLinkUri} is not an absolute https link");
            Assert.Equal($"https://github.com/postfix-dsl/postfix-dsl/blob/main/docs/diagnostics/{rule.Id}.md", descriptor.HelpLinkUri);
        });

    [Fact]
    public void Every_editor_rule_has_a_descriptor() =>
        Assert.Equal(
            RuleCatalog.All.Where(r => r.Surfaces.HasFlag(RuleSurfaces.Editor)).Select(r => r.Id).Order(),
            Descriptors().Select(d => d.Id).Order());

    [Fact]
    public void The_library_exposes_every_emit_and_build_rule_with_the_catalogue_s_values()
    {
        var published = PublicRules().ToDictionary(r => r.Id);
        var expected = RuleCatalog.All.Where(r => (r.Surfaces & (RuleSurfaces.Emit | RuleSurfaces.Build)) != 0 && r.Id != RuleCatalog.EmitterFailed.Id).ToList();

        Assert.Equal(expected.Select(r => r.Id).Order(), published.Keys.Order());
        Assert.All(expected, rule =>
        {
            Assert.Equal(rule.Title, published[rule.Id].Title);
            Assert.Equal(rule.Severity.ToString(), published[rule.Id].Severity.ToString());
            Assert.Equal(rule.HelpLink, published[rule.Id].HelpLink);
        });
    }

    [Fact]
    public void Every_rule_has_a_docs_page_that_names_it() =>
        Assert.All(RuleCatalog.All, rule =>
        {
            var page = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", rule.Id + ".md");
            Assert.True(File.Exists(page), $"{page} is missing");
            Assert.StartsWith($"# {rule.Id}: {rule.Title}", File.ReadAllText(page));
        });

    /// <summary>The analyzer release files of the project that reports each editor rule.</summary>
    [Fact]
    public void Every_analyzer_diagnostic_has_its_tracking_row()
    {
        var rows = new[] { "Postfix.Dsl.Analyzers", "Postfix.Dsl.CatalogGenerator" }
            .SelectMany(project => File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "generators", project, "AnalyzerReleases.Unshipped.md")))
            .Where(line => line.StartsWith("PFX", StringComparison.Ordinal)).ToList();
        var reportedByRoslyn = RuleCatalog.All.Where(r => (r.Surfaces & (RuleSurfaces.Editor | RuleSurfaces.LibraryBuild)) != 0).ToList();

        Assert.All(reportedByRoslyn, rule => Assert.Single(rows, row => row.StartsWith($"{rule.Id} | {RuleCatalog.Category} | {rule.Severity} |", StringComparison.Ordinal)));
        Assert.Equal(reportedByRoslyn.Count, rows.Count);
    }

    /// <summary>Each analyzer row's notes start with the analyzer that reports it, and that analyzer exists and supports the ID.</summary>
    [Fact]
    public void Every_tracking_row_names_the_analyzer_that_reports_it()
    {
        var analyzers = typeof(ParametersAnalyzer).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .ToDictionary(t => t.Name, t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics.Select(d => d.Id).ToHashSet());
        var rows = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "generators", "Postfix.Dsl.Analyzers", "AnalyzerReleases.Unshipped.md"))
            .Where(line => line.StartsWith("PFX", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            var fields = row.Split(" | ");
            var analyzer = fields[3][..fields[3].IndexOf(':')];
            Assert.True(analyzers.TryGetValue(analyzer, out var ids), $"{row}: there is no analyzer {analyzer}");
            Assert.Contains(fields[0], ids!);
        });
    }

    /// <summary>
    /// A test names each rule, by ID or by its catalogue name, outside the catalogue tests: the tests
    /// that make each rule fire (a rule nobody can trigger is a rule nobody checks).
    /// </summary>
    [Fact]
    public void Every_rule_is_named_by_a_test_that_makes_it_fire()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !path.EndsWith("RuleCatalogTests.cs", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList();
        var names = typeof(RuleCatalog).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(RuleDefinition))
            .ToDictionary(f => ((RuleDefinition)f.GetValue(null)!).Id, f => f.Name);

        Assert.All(RuleCatalog.All, rule => Assert.True(
            sources.Any(text => text.Contains(rule.Id, StringComparison.Ordinal) || text.Contains("Rules." + names[rule.Id], StringComparison.Ordinal)),
            $"no test names {rule.Id} ({names[rule.Id]})"));
    }

    /// <summary>docs/diagnostics/README.md's table is made from the catalogue; <c>POSTFIX_DSL_WRITE_DOCS=1</c> rewrites it.</summary>
    [Fact]
    public void The_docs_index_is_the_catalogue()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", "README.md");
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        const string header = "| ID | Title | Severity | Reported | Code fix |\n|----|-------|----------|----------|----------|\n";
        var start = text.IndexOf(header, StringComparison.Ordinal);
        Assert.True(start >= 0, "the index table's header is missing");
        var fixable = typeof(NodeReplacementCodeFix).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).IsAssignableFrom(t))
            .SelectMany(t => ((Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds).ToHashSet();
        var table = header + string.Concat(RuleCatalog.All.Select(rule =>
            $"| [{rule.Id}]({rule.Id}.md) | {rule.Title} | {rule.Severity.ToString().ToLowerInvariant()} | {Reported(rule.Surfaces)} | {(fixable.Contains(rule.Id) ? "yes" : "")} |\n"));
        var expected = text.Substring(0, start) + table;
        if (Environment.GetEnvironmentVariable("POSTFIX_DSL_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, text);
    }

    [Fact]
    public void The_build_targets_report_PFX0105_with_the_catalogue_s_link()
    {
        var targets = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Postfix.Dsl", "buildTransitive", "Postfix.Dsl.targets"));

        Assert.Contains($"Code=\"{RuleCatalog.EmitterFailed.Id}\"", targets, StringComparison.Ordinal);
        Assert.Contains($"HelpLink=\"{RuleCatalog.EmitterFailed.HelpLink}\"", targets, StringComparison.Ordinal);
        Assert.DoesNotContain("(see docs/diagnostics/", targets, StringComparison.Ordinal);
    }

    private static string Reported(RuleSurfaces surfaces)
    {
        var names = new[] { (RuleSurfaces.Compiler, "compiler"), (RuleSurfaces.Editor, "editor"), (RuleSurfaces.Emit, "emit"), (RuleSurfaces.Build, "build"), (RuleSurfaces.LibraryBuild, "Postfix.Dsl's own build") }
            .Where(s => surfaces.HasFlag(s.Item1)).Select(s => s.Item2).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }

    private static DiagnosticSeverity Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    [Fact]
    public void Restriction_member_names_convert_to_the_postfix_names_the_library_writes()
    {
        var members = typeof(Restrictions).GetProperties(BindingFlags.Public | BindingFlags.Static);

        Assert.NotEmpty(members);
        Assert.All(members, member =>
        {
            var name = ((Restriction)member.GetValue(null)!).Name;
            Assert.Equal(name, PostfixNames.FromMember(member.Name));
            Assert.Equal(member.Name, PostfixNames.ToMember(name));
        });
    }

    [Fact]
    public void Restriction_factory_names_convert_too() =>
        Assert.All(typeof(Restrictions).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => !m.IsSpecialName && m.ReturnType == typeof(Restriction)), method =>
        {
            var type = method.GetParameters()[0].ParameterType;
            var argument = type == typeof(int) ? (object)1
                : type == typeof(string) ? "x.example"
                : type == typeof(PolicyService) ? PolicyService.Inet("127.0.0.1", 10023)
                : new ExternalTable("hash:/etc/postfix/access");
            Assert.Equal(((Restriction)method.Invoke(null, [argument])!).Name, PostfixNames.FromMember(method.Name));
        });
}
