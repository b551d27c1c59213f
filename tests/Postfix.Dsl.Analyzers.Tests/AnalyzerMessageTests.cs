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

    /// <summary>
    /// The obsolete forms need no analyzer: the compiler reports our ID, with the catalog's replacement
    /// and our help link, from [Obsolete(DiagnosticId, UrlFormat)] — in every editor, analyzers on or off.
    /// </summary>
    [Fact]
    public async Task The_compiler_itself_reports_an_obsolete_parameter_as_PFX0301_with_its_help_link()
    {
        var references = (await Verify<ParametersAnalyzer, NoCodeFix>.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
            .Add(MetadataReference.CreateFromFile(typeof(MailHost).Assembly.Location));
        var tree = CSharpSyntaxTree.ParseText(Verify<ParametersAnalyzer, NoCodeFix>.Usings + "static class H { static Parameters P => new() { SmtpdUseTls = true }; }",
            new CSharpParseOptions(LanguageVersion.CSharp12));
        var compilation = CSharpCompilation.Create("Compiler", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var diagnostic = Assert.Single(compilation.GetDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning);

        Assert.Equal("PFX0301", diagnostic.Id);
        Assert.Equal("'Parameters.SmtpdUseTls' is obsolete: 'smtpd_use_tls is obsolete: use smtpd_tls_security_level = may instead.'",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("https://github.com/postfix-dsl/postfix-dsl/blob/main/docs/diagnostics/PFX0301.md", diagnostic.Descriptor.HelpLinkUri);
        Assert.Equal("SmtpdUseTls", tree.GetText().ToString(diagnostic.Location.SourceSpan));
    }

    /// <summary>
    /// The editor and the build say the same sentence: for one host written as source (for the
    /// analyzer) and as a model (for emit-time validation), each rule's analyzer message is the
    /// finding's <c>location: "value" problem; expected form</c>.
    /// </summary>
    [Fact]
    public async Task The_editor_says_the_sentence_emit_time_validation_says()
    {
        var messages = await Messages<ParametersAnalyzer>("""
            static class H
            {
                static MailHost Host => new()
                {
                    Name = "test",
                    MainCf = new()
                    {
                        Myhostname = "mail_server.example",
                        Mynetworks = ["10.0.0.0/33", "0.0.0.0/0"],
                        SmtpdBanner = "$myhostname ESMTP $mail_version",
                        DisableVrfyCommand = false,
                        SmtpdUseTls = true,
                        SmtpdRelayRestrictions = [PermitMynetworks],
                        SmtpdClientRestrictions = [RejectUnknownClientHostname, PermitMynetworks, Permit, RejectRblClient("zen.spamhaus.org")],
                        SmtpdRecipientRestrictions = [CheckRelayDomains],
                    },
                };
            }
            """);
#pragma warning disable PFX0300, PFX0301, PFX0302 // the obsolete names are the point
        var host = new MailHost
        {
            Name = "test",
            MainCf = new()
            {
                Myhostname = "mail_server.example",
                Mynetworks = ["10.0.0.0/33", "0.0.0.0/0"],
                SmtpdBanner = "$myhostname ESMTP $mail_version",
                DisableVrfyCommand = false,
                SmtpdUseTls = true,
                SmtpdRelayRestrictions = [Restrictions.PermitMynetworks],
                SmtpdClientRestrictions = [Restrictions.RejectUnknownClientHostname, Restrictions.PermitMynetworks, Restrictions.Permit, Restrictions.RejectRblClient("zen.spamhaus.org")],
                SmtpdRecipientRestrictions = [Restrictions.CheckRelayDomains],
            },
        };
#pragma warning restore PFX0300, PFX0301, PFX0302
        var ids = messages.Select(m => m[..7]).ToHashSet();
        var findings = HostValidator.Diagnose(host).Where(f => ids.Contains(f.Rule.Id))
            .Select(f => $"{f.Rule.Id}: {f.Location}: \"{f.Value}\" {f.Problem}; expected {f.Expected}").ToList();

        // PFX0300 and PFX0301 are the compiler's now ([Obsolete(DiagnosticId)]): one diagnostic per problem.
        Assert.Equal(["PFX0002", "PFX0003", "PFX0007", "PFX0303", "PFX0304", "PFX0305", "PFX0306"], ids.Order());
        Assert.Equal(findings.Order(), messages.Order());
    }

    [Fact]
    public async Task PFX0006_names_the_effective_lists_as_emit_time_validation_does()
    {
        var messages = await Messages<ParametersAnalyzer>("""
            static class H
            {
                static MailHost Host => new() { Name = "test", MainCf = new() { DisableVrfyCommand = true, SmtpdRelayRestrictions = [PermitMynetworks, PermitSaslAuthenticated] } };
            }
            """);
        var host = new MailHost { Name = "test", MainCf = new() { DisableVrfyCommand = true, SmtpdRelayRestrictions = [Restrictions.PermitMynetworks, Restrictions.PermitSaslAuthenticated] } };
        var finding = Assert.Single(HostValidator.Diagnose(host), f => f.Rule.Id == "PFX0006");

        Assert.Equal(["PFX0006: smtpd_relay_restrictions/smtpd_recipient_restrictions: \"permit_mynetworks, permit_sasl_authenticated\" holds no restriction that stops relaying, so Postfix either relays for anyone or refuses to start smtpd; "
            + "expected reject_unauth_destination (or defer_unauth_destination, reject, defer, defer_if_permit) at the end of smtpd_relay_restrictions, e.g. [PermitMynetworks, PermitSaslAuthenticated, RejectUnauthDestination]"], messages);
        Assert.Equal(messages[0], $"{finding.Rule.Id}: {finding.Location}: \"{finding.Value}\" {finding.Problem}; expected {finding.Expected}");
    }
}
