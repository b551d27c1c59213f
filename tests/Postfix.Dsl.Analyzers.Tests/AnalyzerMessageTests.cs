using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>What the analyzers say, word for word: the text a user reads in the editor.</summary>
public class AnalyzerMessageTests
{
    /// <summary>The messages <typeparamref name="TAnalyzer"/> reports for <paramref name="source"/> (after the usual usings), in source order.</summary>
    private static async Task<string[]> Messages<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var references = (await Verify<TAnalyzer, NoCodeFix>.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
            .Add(MetadataReference.CreateFromFile(typeof(MailHost).Assembly.Location));
        var tree = CSharpSyntaxTree.ParseText(Verify<TAnalyzer, NoCodeFix>.Usings + source, new CSharpParseOptions(LanguageVersion.CSharp12), path: "Host.cs");
        var compilation = CSharpCompilation.Create("Messages", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer())).GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => $"{d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")];
    }

    [Fact]
    public async Task PFX0301_names_the_catalog_s_replacement()
    {
        var messages = await Messages<ParametersAnalyzer>("static class H { static Parameters P => new() { SmtpdUseTls = true }; }");

        Assert.Equal(["PFX0301: smtpd_use_tls is obsolete: use smtpd_tls_security_level = may"], messages);
    }
}
