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
    public static GeneratorDriver Run(out Compilation compilation, params (string Path, string Text)[] files)
    {
        compilation = CSharpCompilation.Create("CatalogTest", [CSharpSyntaxTree.ParseText("class Anchor { }")]);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ParameterCatalogGenerator().AsSourceGenerator()],
            files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return driver.RunGenerators(compilation);
    }

    public static ImmutableArray<GeneratedSourceResult> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources;

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
