using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>The analyzers and the library's validation are one set of rules: same IDs, titles, severities, docs and release notes.</summary>
public class RuleCatalogTests
{
    private static DiagnosticDescriptor[] Descriptors() =>
        [.. new DiagnosticAnalyzer[] { new ParametersAnalyzer(), new ServiceAnalyzer(), new PatternAnalyzer(), new TableKeyAnalyzer() }.SelectMany(a => a.SupportedDiagnostics).Distinct()];


    [Fact]
    public void Every_analyzer_rule_is_the_library_rule_with_the_same_id_title_and_severity()
    {
        var rules = typeof(ValidationRules).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Select(p => (ValidationRule)p.GetValue(null)!).ToDictionary(r => r.Id);

        Assert.All(Descriptors(), descriptor =>
        {
            Assert.True(rules.TryGetValue(descriptor.Id, out var rule), $"{descriptor.Id} is not in ValidationRules");
            Assert.Equal(rule!.Title, descriptor.Title.ToString());
            Assert.Equal(rule.Severity switch
            {
                ValidationSeverity.Error => DiagnosticSeverity.Error,
                ValidationSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Info,
            }, descriptor.DefaultSeverity);
            Assert.EndsWith($"docs/diagnostics/{rule.Id}.md", descriptor.HelpLinkUri);
        });
    }

    /// <summary>PFX03nn rules that need the whole host or a native engine, so only emit-time validation checks them.</summary>
    private static readonly string[] EmitOnly = ["PFX0309", "PFX0310", "PFX0311", "PFX0312", "PFX0313", "PFX0314"];

    [Fact]
    public void Every_editor_rule_PFX03nn_has_an_analyzer_unless_it_is_emit_only() =>
        Assert.Equal(
            typeof(ValidationRules).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => ((ValidationRule)p.GetValue(null)!).Id)
                .Where(id => id.StartsWith("PFX03", StringComparison.Ordinal) && !EmitOnly.Contains(id)).Order(),
            Descriptors().Select(d => d.Id).Where(id => id.StartsWith("PFX03", StringComparison.Ordinal)).Order());

    [Fact]
    public void Emit_only_rules_say_so_on_their_docs_page() =>
        Assert.All(EmitOnly, id => Assert.Contains("emit time only",
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", id + ".md")), StringComparison.Ordinal));

    [Fact]
    public void Every_analyzer_rule_is_in_the_release_notes_with_its_severity()
    {
        var unshipped = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "generators", "Postfix.Dsl.Analyzers", "AnalyzerReleases.Unshipped.md"));

        Assert.All(Descriptors(), d => Assert.Contains(unshipped, line => line.StartsWith($"{d.Id} | Postfix.Dsl | {d.DefaultSeverity} |", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_analyzer_rule_has_its_docs_page() =>
        Assert.All(Descriptors(), d => Assert.StartsWith($"# {d.Id}: {d.Title}",
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", d.Id + ".md"))));

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
            var argument = method.GetParameters()[0].ParameterType == typeof(int) ? (object)1 : method.GetParameters()[0].ParameterType == typeof(string) ? "x.example" : new ExternalTable("hash:/etc/postfix/access");
            Assert.Equal(((Restriction)method.Invoke(null, [argument])!).Name, PostfixNames.FromMember(method.Name));
        });
}
