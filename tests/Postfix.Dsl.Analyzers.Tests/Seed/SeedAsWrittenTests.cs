using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Postfix.Dsl.Analyzers.Tests.Seed;

/// <summary>
/// The seed article typed in as written (<see cref="global::Seed.SeedAsWritten"/>): the exact set of
/// diagnostics the editor shows, and the same rules at emit time for the same host.
/// </summary>
public class SeedAsWrittenTests
{
    private static readonly string Source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Postfix.Dsl.Analyzers.Tests", "Seed", "SeedAsWritten.cs"))
        .Replace("#pragma warning disable PFX0300, PFX0301, PFX0302 // the seed's obsolete forms, on purpose (the seed test removes this line to see the warnings)\n", string.Empty);

    [Fact]
    public Task In_the_editor_the_seed_gets_exactly_these_diagnostics()
    {
        var test = new BothAnalyzers
        {
            TestCode = Source,
            ReferenceAssemblies = Verify<ParametersAnalyzer, NoCodeFix>.Net80,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(MailHost).Assembly.Location));
        test.ExpectedDiagnostics.AddRange(
        [
            // One diagnostic per problem: the obsolete forms are reported by the compiler itself, as our
            // PFX0300/PFX0302 with our help link ([Obsolete(DiagnosticId = ...)]), with analyzers on or off.
            // smtpd_recipient_restrictions = permit_mynetworks,check_relay_domains
            At("PFX0300", DiagnosticSeverity.Warning, "CheckRelayDomains"),
            // smtpd_client_restrictions = reject_unknown_client, permit_mynetworks, check_client_access ..., reject_maps_rbl
            At("PFX0300", DiagnosticSeverity.Warning, "RejectUnknownClient"),
            At("PFX0304", DiagnosticSeverity.Warning, "RejectUnknownClient"),
            At("PFX0320", DiagnosticSeverity.Warning, "CheckClientAccess(Access)"),
            At("PFX0300", DiagnosticSeverity.Warning, "RejectMapsRbl", occurrence: 1),
            // smtpd_sender_restrictions = ..., reject_maps_rbl
            At("PFX0300", DiagnosticSeverity.Warning, "RejectMapsRbl", occurrence: 2),
            // /^postmaster@.*$/ OK: no header line starts with an address, and OK means DUNNO there
            At("PFX0317", DiagnosticSeverity.Warning, "\"^postmaster@.*$\""),
            At("PFX0319", DiagnosticSeverity.Warning, "HeaderAction.Ok"),
            // smtpd_banner = ESMTP $mail_name ($mail_version)
            At("PFX0305", DiagnosticSeverity.Warning, "\"ESMTP $mail_name ($mail_version)\""),
            // pickup fifo ... and qmgr fifo ...
            At("PFX0302", DiagnosticSeverity.Warning, "ServiceType.Fifo", occurrence: 1),
            At("PFX0302", DiagnosticSeverity.Warning, "ServiceType.Fifo", occurrence: 2),
        ]);
        return test.RunAsync();
    }

    /// <summary>
    /// With no analyzer at all (an editor whose server keeps third-party analyzers off, or a CI build
    /// without them), every obsolete form of the seed still gets exactly one diagnostic: the compiler's,
    /// with our ID and our help link, and no CS0618.
    /// </summary>
    [Fact]
    public async Task Without_analyzers_every_obsolete_form_gets_one_diagnostic_with_our_id_and_link()
    {
        var references = (await Verify<ParametersAnalyzer, NoCodeFix>.Net80.ResolveAsync(LanguageNames.CSharp, default))
            .Add(MetadataReference.CreateFromFile(typeof(MailHost).Assembly.Location));
        var tree = CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.CSharp12));
        var compilation = CSharpCompilation.Create("Seed", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var shown = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => (d.Id, Text: tree.GetText().ToString(d.Location.SourceSpan), d.Descriptor.HelpLinkUri)).ToList();

        const string Pages = "https://github.com/postfix-dsl/postfix-dsl/blob/main/docs/diagnostics/";
        Assert.Equal(
            [
                ("PFX0300", "CheckRelayDomains", Pages + "PFX0300.md"),
                ("PFX0300", "RejectUnknownClient", Pages + "PFX0300.md"),
                ("PFX0300", "RejectMapsRbl", Pages + "PFX0300.md"),
                ("PFX0300", "RejectMapsRbl", Pages + "PFX0300.md"),
                ("PFX0302", "ServiceType.Fifo", Pages + "PFX0302.md"),
                ("PFX0302", "ServiceType.Fifo", Pages + "PFX0302.md"),
            ],
            shown);
    }

    [Fact]
    public void At_emit_the_same_rules_report_the_same_problems_and_nothing_blocks_writing()
    {
        var findings = HostValidator.Diagnose(global::Seed.SeedAsWritten.Host);

        Assert.Equal(
        [
            "PFX0300 main.cf smtpd_client_restrictions reject_unknown_client",
            "PFX0300 main.cf smtpd_client_restrictions reject_maps_rbl",
            "PFX0304 main.cf smtpd_client_restrictions reject_unknown_client, permit_mynetworks, check_client_access, reject_maps_rbl",
            "PFX0320 main.cf smtpd_client_restrictions check_client_access access",
            "PFX0300 main.cf smtpd_recipient_restrictions check_relay_domains",
            "PFX0300 main.cf smtpd_sender_restrictions reject_maps_rbl",
            "PFX0305 main.cf smtpd_banner ESMTP $mail_name ($mail_version)",
            "PFX0317 regexp pattern ^postmaster@.*$ ^postmaster@.*$",
            "PFX0319 regexp pattern ^postmaster@.*$ OK",
            "PFX0302 master.cf service pickup/fifo fifo",
            "PFX0302 master.cf service qmgr/fifo fifo",
        ], findings.Select(f => $"{f.Rule.Id} {f.Artifact} {f.Location} {f.Value}"));
        Assert.All(findings, f => Assert.Equal(ValidationSeverity.Warning, f.Severity));
    }

    /// <summary>The diagnostic <paramref name="id"/> on the <paramref name="occurrence"/>-th <paramref name="text"/> of the source.</summary>
    private static DiagnosticResult At(string id, DiagnosticSeverity severity, string text, int occurrence = 1)
    {
        var position = -1;
        for (var i = 0; i < occurrence; i++)
        {
            position = Source.IndexOf(text, position + 1, StringComparison.Ordinal);
            Assert.True(position >= 0, $"'{text}' #{occurrence} is not in the seed source");
        }

        var before = Source[..position];
        var line = before.Count(c => c == '\n') + 1;
        var column = position - (before.LastIndexOf('\n') + 1) + 1;
        return new DiagnosticResult(id, severity).WithSpan(line, column, line, column + text.Length);
    }


    /// <summary>Runs every analyzer of the package at once, as the editor does.</summary>
    private sealed class BothAnalyzers : CSharpAnalyzerTest<ParametersAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => [new ParametersAnalyzer(), new ServiceAnalyzer(), new PatternAnalyzer()];

        protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);
    }
}
