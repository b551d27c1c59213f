using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>
/// Runs an analyzer (and optionally a code fix) over user code that references Postfix.Dsl, with
/// C# 12 and the .NET 8 reference assemblies (from the local NuGet cache: no download).
/// Markup: <c>{|PFX0300:text|}</c> marks where a diagnostic must be reported, by the analyzer or by
/// the compiler (warnings included, so the compiler's PFX0300-PFX0302 are checked too).
/// </summary>
internal static class Verify<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    internal static readonly ReferenceAssemblies Net80 = new("net8.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.31"), Path.Combine("ref", "net8.0"));

    /// <summary>The usings every test source starts with, as a user's file would.</summary>
    public const string Usings = "using Postfix.Dsl;\nusing static Postfix.Dsl.Restrictions;\n";

    public static Task Diagnostics(string source) => Create(source, fixedSource: null).RunAsync();

    public static Task Fix(string source, string fixedSource) => Create(source, fixedSource).RunAsync();

    private static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(string source, string? fixedSource)
    {
        var code = Usings + source;
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = code,
            ReferenceAssemblies = Net80,
            // The compiler's own warnings count: the obsolete forms are its PFX0300-PFX0302 ([Obsolete(DiagnosticId)]).
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(MailHost).Assembly.Location));
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            return solution.WithProjectParseOptions(projectId, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12));
        });
        if (fixedSource is not null)
        {
            test.FixedCode = Usings + fixedSource;
        }
        else
        {
            test.FixedCode = code;
        }

        return test;
    }
}
