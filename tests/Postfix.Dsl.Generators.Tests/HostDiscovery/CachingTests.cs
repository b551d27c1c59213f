using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Postfix.Dsl.Generators.HostDiscovery;
using Xunit;

namespace Postfix.Dsl.Generators.Tests.HostDiscovery;

/// <summary>
/// The generator does no work for edits that do not concern hosts, and its pipeline holds only
/// equatable data (never symbols, syntax or compilations, which would keep them alive and defeat caching).
/// </summary>
public class CachingTests
{
    private static readonly string[] TrackedSteps =
    [
        HostDiscoveryGenerator.MembersStep,
        HostDiscoveryGenerator.WellFormedStep,
        HostDiscoveryGenerator.ValidMembersStep,
        HostDiscoveryGenerator.CollectStep,
        HostDiscoveryGenerator.CollectedStep,
        HostDiscoveryGenerator.UsesLibraryStep,
        HostDiscoveryGenerator.ProjectDirectoryStep,
        HostDiscoveryGenerator.WithLibraryStep,
        HostDiscoveryGenerator.WithProjectDirectoryStep,
        HostDiscoveryGenerator.RegistryStep,
    ];

    private const string Host = """
        using Postfix.Dsl;
        public static class Hosts
        {
            [PostfixHost]
            public static MailHost Mx { get; } = new() { Name = "mx", MainCf = new() { Mynetworks = ["10.0.0.0/8"] } };
        }
        """;

    private const string Other = "public static class Other { public static int Answer => 41; }";

    private static (GeneratorDriverRunResult First, GeneratorDriverRunResult Second) RunTwice(Func<Compilation, Compilation> edit)
    {
        var compilation = TestCompilation.Create(("Hosts.cs", Host), ("Other.cs", Other));
        var driver = TestCompilation.Driver().RunGenerators(compilation);
        var first = driver.GetRunResult();
        var second = driver.RunGenerators(edit(compilation.Clone())).GetRunResult();
        return (first, second);
    }

    private static Compilation EditOther(Compilation compilation)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Other.cs", StringComparison.Ordinal));
        return compilation.ReplaceSyntaxTree(old, old.WithChangedText(old.GetText().Replace(0, old.Length, Other.Replace("41", "42", StringComparison.Ordinal))));
    }

    [Fact]
    public void Every_step_is_tracked()
    {
        var (first, _) = RunTwice(EditOther);

        var steps = first.Results.Single().TrackedSteps.Keys;
        Assert.All(TrackedSteps, name => Assert.Contains(name, steps));
    }

    [Fact]
    public void After_an_edit_unrelated_to_hosts_every_step_is_cached_or_unchanged_and_nothing_is_regenerated()
    {
        var (_, second) = RunTwice(EditOther);

        var result = second.Results.Single();
        foreach (var name in TrackedSteps)
        {
            foreach (var output in result.TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{name}: {output.Reason}");
            }
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void After_an_edit_to_a_host_the_registry_is_regenerated()
    {
        var (_, second) = RunTwice(compilation =>
        {
            var old = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Hosts.cs", StringComparison.Ordinal));
            return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(Host.Replace("10.0.0.0/8", "10.0.0.0/9", StringComparison.Ordinal), (CSharpParseOptions)old.Options, old.FilePath));
        });

        var registry = second.Results.Single().TrackedSteps[HostDiscoveryGenerator.RegistryStep].Single().Outputs.Single();
        Assert.Equal(IncrementalStepRunReason.Modified, registry.Reason);
        Assert.Contains("10.0.0.0/9", second.GeneratedTrees.Single().GetText().ToString());
    }

    [Fact]
    public void The_model_graph_holds_no_symbol_syntax_node_location_or_compilation()
    {
        var (first, _) = RunTwice(EditOther);

        foreach (var name in TrackedSteps)
        {
            foreach (var output in first.Results.Single().TrackedSteps[name].SelectMany(step => step.Outputs))
            {
                AssertPlainData(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertPlainData(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or SyntaxTree or Location or Compilation or SemanticModel,
            $"{path} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                AssertPlainData(item, $"{path}[{index++}]", seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertPlainData(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }
}
