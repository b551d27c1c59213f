using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Postfix.Dsl.Generators;

namespace Postfix.Dsl.Tests.Generators;

/// <summary>Runs <see cref="ParameterCatalogGenerator"/> in memory on catalog texts, with step tracking on.</summary>
internal static class GeneratorHarness
{
    public static GeneratorDriver Run(out Compilation compilation, params (string Path, string Text)[] files) =>
        Run(out compilation, files.Select(f => Text(f.Path, f.Text)).ToArray());

    /// <summary>Runs the generator on <paramref name="texts"/>, which a test can later replace with <c>ReplaceAdditionalText</c>.</summary>
    public static GeneratorDriver Run(out Compilation compilation, AdditionalText[] texts)
    {
        compilation = CSharpCompilation.Create("CatalogTest", [CSharpSyntaxTree.ParseText("class Anchor { }")]);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ParameterCatalogGenerator().AsSourceGenerator()],
            texts,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return driver.RunGenerators(compilation);
    }

    /// <summary>An additional file in memory.</summary>
    public static AdditionalText Text(string path, string text) => new InMemoryText(path, text);

    public static ImmutableArray<GeneratedSourceResult> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources;

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
