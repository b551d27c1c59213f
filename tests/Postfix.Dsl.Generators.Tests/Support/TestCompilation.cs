using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Postfix.Dsl.Generators.Tests;

/// <summary>Builds in-memory compilations the way a user's project would look to the generator.</summary>
internal static class TestCompilation
{
    public const string ProjectDirectory = "/src/app";

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.CSharp12);

    private static readonly ImmutableArray<MetadataReference> Framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();

    /// <summary>A compilation of <paramref name="files"/> (name → code) under <see cref="ProjectDirectory"/>.</summary>
    public static CSharpCompilation Create(IEnumerable<(string Name, string Code)> files, bool referenceLibrary = true) =>
        CSharpCompilation.Create(
            "App",
            files.Select(file => CSharpSyntaxTree.ParseText(file.Code, Parse, path: ProjectDirectory + "/" + file.Name)),
            referenceLibrary ? Framework.Add(MetadataReference.CreateFromFile(typeof(MailHost).Assembly.Location)) : Framework,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation Create(params (string Name, string Code)[] files) => Create(files, referenceLibrary: true);

    /// <summary>A driver for the host discovery generator that records every step, as the caching tests need.</summary>
    public static GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        [new Postfix.Dsl.Generators.HostDiscovery.HostDiscoveryGenerator().AsSourceGenerator()],
        parseOptions: Parse,
        optionsProvider: new ProjectOptions(),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Every diagnostic of the compilation plus the host analyzer's.</summary>
    public static IReadOnlyList<Diagnostic> Analyze(CSharpCompilation compilation) => compilation
        .WithAnalyzers([new Postfix.Dsl.Analyzers.PostfixHostAnalyzer()])
        .GetAnalyzerDiagnosticsAsync().Result;

    /// <summary>The global options MSBuild gives the generator: the project folder (see Postfix.Dsl.targets).</summary>
    private sealed class ProjectOptions : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options();

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options();

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options();

        private sealed class Options : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = key == "build_property.MSBuildProjectDirectory" ? ProjectDirectory : string.Empty;
                return key == "build_property.MSBuildProjectDirectory";
            }
        }
    }
}
