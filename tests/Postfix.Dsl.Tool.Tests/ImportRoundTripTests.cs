using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Postfix.Dsl.Tests.Corpus;
using Postfix.Dsl.Tests.RealPostfix;
using Postfix.Dsl.Tool.Import;
using Xunit;

namespace Postfix.Dsl.Tool.Tests;

/// <summary>
/// Every configuration of the real-configuration corpus, imported, compiled as a user's project
/// would compile it, rendered, and compared with the original by postconf -n, -M, -F and -P.
/// </summary>
public class ImportRoundTripTests
{
    /// <summary>The corpus's originals and the samples' committed files, by path from the repository root.</summary>
    public static TheoryData<string> Corpus() =>
    [
        .. Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "tests", "Postfix.Dsl.Tests", "Corpus"))
            .Where(d => File.Exists(Path.Combine(d, "original", "main.cf")))
            .Select(d => Path.GetRelativePath(RepositoryPaths.Root, Path.Combine(d, "original")))
            .Concat(Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "samples"), "*", SearchOption.AllDirectories)
                .Where(d => Path.GetFileName(Path.GetDirectoryName(d)) == "postfix" && File.Exists(Path.Combine(d, "main.cf")))
                .Select(d => Path.GetRelativePath(RepositoryPaths.Root, d)))
            .Append("tests/Postfix.Dsl.Tool.Tests/Seed")
            .Append("tests/Postfix.Dsl.Tool.Tests/RestrictionClasses")
            .Select(p => p.Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Corpus))]
    public void An_imported_configuration_builds_into_files_that_mean_what_the_original_means(string folder)
    {
        PostfixTools.Require();
        var original = Path.Combine(RepositoryPaths.Root, folder);

        // mailcow keeps its configuration in /opt/postfix/conf, as its SOURCE.md says.
        // "mail", as most of these hosts' myhostname makes the tool call them: its class must not hide the MailHost type.
        var result = Importer.Import(original, "mail", folder.Contains("mailcow", StringComparison.Ordinal) ? "/opt/postfix/conf" : null);
        var host = Compile(result.Code, out var warnings);
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
        var directory = Directory.CreateTempSubdirectory("postfix-dsl-import-").FullName;
        try
        {
            var rendered = PostfixDsl.Render(host).Files.Where(f => f.Name != "syslog.conf").ToList();
            foreach (var file in rendered)
            {
                var path = Path.Combine(directory, file.Name);
                File.WriteAllText(path, file.Content);
                File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));
            }

            // Tables imported as objects: an access table answers every key of the original alike; a
            // regexp table has the original's rules in order.
            foreach (var table in rendered.Where(f => f.Name is not ("main.cf" or "master.cf")))
            {
                var originalText = File.ReadAllText(Path.Combine(original, table.Name));
                var rules = RegexpReader.Read(originalText);
                if (rules.Problems.Count == 0 && rules.Lines.Count > 0)
                {
                    Assert.Equal(rules.Lines.Select(l => (l.Kind, l.Pattern, l.Action)), RegexpReader.Read(table.Content).Lines.Select(l => (l.Kind, l.Pattern, l.Action)));
                    continue;
                }

                foreach (var entry in TableReader.Read(originalText).Entries)
                {
                    var expected = PostfixTools.Run(PostfixTools.Postmap, "-c", directory, "-q", entry.Key, "texthash:" + Path.Combine(original, table.Name));
                    var actual = PostfixTools.Run(PostfixTools.Postmap, "-c", directory, "-q", entry.Key, "texthash:" + Path.Combine(directory, table.Name));
                    Assert.True(expected.Stdout == actual.Stdout && actual.Stdout.Length > 0, $"{table.Name}: postmap -q {entry.Key}: original \"{expected.Stdout}\", imported \"{actual.Stdout}\"");
                }
            }

            var originalMeaning = ConfigurationMeaning.Of(original);
            var importedMeaning = ConfigurationMeaning.Of(directory);
            var differences = ConfigurationMeaning.Differences(originalMeaning, importedMeaning);
            Assert.True(differences.Count == 0, string.Join("\n", differences));
            // No postconf warning the original did not have (the seed's unused relay_domain it has).
            Assert.Empty(importedMeaning.Warnings.Select(w => w.Replace(directory, "DIR", StringComparison.Ordinal))
                .Except(originalMeaning.Warnings.Select(w => w.Replace(original, "DIR", StringComparison.Ordinal))));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Importing_twice_gives_the_same_bytes(string folder)
    {
        var original = Path.Combine(RepositoryPaths.Root, folder);

        Assert.Equal(Importer.Import(original, "imported").Code, Importer.Import(original, "imported").Code);
    }

    [Fact]
    public void A_host_whose_class_name_a_model_type_has_gets_a_prefixed_class()
    {
        Assert.Equal("ImportedMailHost", HostCode.ClassName("mail"));
        Assert.Equal("NeptuneHost", HostCode.ClassName("neptune"));
    }

    /// <summary>The seed article's 2001 files import; their obsolete forms are kept and flagged, and the typo is reported.</summary>
    [Fact]
    public void The_seed_articles_files_import_with_their_obsolete_forms_flagged()
    {
        var result = Importer.Import(Path.Combine(RepositoryPaths.Root, "tests", "Postfix.Dsl.Tool.Tests", "Seed"), "neptune");

        // check_relay_domains, reject_unknown_client, reject_maps_rbl (PFX0300); fifo pickup and qmgr (PFX0302); mail_version (PFX0315).
        Assert.Equal(["PFX0300", "PFX0302", "PFX0315"], result.Issues.Obsolete);
        Assert.Contains("#pragma warning disable PFX0300, PFX0302, PFX0315", result.Code);
        Assert.Contains(result.Issues.Untyped, u => u.StartsWith("main.cf:3: relay_domain: is not a Postfix 3.7 parameter", StringComparison.Ordinal));
        Assert.Contains("SmtpdRecipientRestrictions = [PermitMynetworks, CheckRelayDomains]", result.Code);
        Assert.Contains("Type = ServiceType.Fifo", result.Code);
        // Each kept obsolete form is explained where it is used.
        Assert.Contains("// PFX0300: check_relay_domains was removed in Postfix 3.9", result.Code);
        Assert.Contains("// PFX0302: fifo services are obsolete since Postfix 2.10", result.Code);
    }

    /// <summary>--modernize applies the code fixes: what remains obsolete is only what nothing replaces mechanically.</summary>
    [Fact]
    public void Modernize_applies_the_code_fixes_and_reports_each_change()
    {
        var seed = Importer.Import(Path.Combine(RepositoryPaths.Root, "tests", "Postfix.Dsl.Tool.Tests", "Seed"), "neptune", modernize: true);
        var mailcow = Importer.Import(Path.Combine(RepositoryPaths.Root, "tests", "Postfix.Dsl.Tests", "Corpus", "mailcow", "original"), "mailcow", modernize: true);

        Assert.Contains("SmtpdRecipientRestrictions = [PermitMynetworks, RejectUnauthDestination]", seed.Code);
        Assert.Contains("SmtpdClientRestrictions = [RejectUnknownClientHostname, PermitMynetworks, CheckClientAccess(Access), RejectMapsRbl]", seed.Code);
        Assert.DoesNotContain("ServiceType.Fifo", seed.Code);
        // reject_maps_rbl without maps_rbl_domains has no replacement, and mail_version has no code fix.
        Assert.Equal(["PFX0300", "PFX0315"], seed.Issues.Obsolete);
        Assert.Contains(seed.Issues.Modernized, m => m == "master.cf:12: pickup: fifo replaced by unix (Postfix 2.10)");

        Assert.Empty(mailcow.Issues.Obsolete);
        Assert.Contains("PostscreenDnsblMaxTtl = PostfixTime.Minutes(5)", mailcow.Code);
        Compile(mailcow.Code, out var warnings);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Restriction_classes_import_as_objects_used_by_the_access_table_they_are_actions_of()
    {
        var result = Importer.Import(Path.Combine(RepositoryPaths.Root, "tests", "Postfix.Dsl.Tool.Tests", "RestrictionClasses"), "mail");

        Assert.Contains("private static readonly RestrictionClass Restrictive = new(\"restrictive\", [RejectUnknownSenderDomain, RejectUnknownClientHostname]);", result.Code);
        Assert.Contains("new(AccessKey.Address(\"joe@my.domain\"), Permissive)", result.Code);
        Assert.Contains("SmtpdRestrictionClasses = [\"restrictive\", \"permissive\"]", result.Code);
        Assert.Empty(result.Issues.Untyped);
    }

    /// <summary>Neptune's committed files imported: the C# should read close to samples/Neptune/NeptuneHost.cs.</summary>
    [Fact]
    public void Neptunes_files_import_as_readable_csharp() =>
        Snapshot.Verify("neptune", "NeptuneHost.cs", Importer.Import(Path.Combine(RepositoryPaths.Root, "samples", "Neptune", "postfix", "neptune"), "neptune").Code);

    /// <summary>
    /// Compiles the imported C# against the library as a user's project would, and returns its host;
    /// <paramref name="warnings"/> are the compiler's warnings other than the obsolete forms the
    /// import kept on purpose (suppressed in the code, so they do not appear).
    /// </summary>
    private static MailHost Compile(string code, out IReadOnlyList<string> warnings)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(MailHost).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Imported", [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.CSharp12))], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)) + "\n" + code);
        warnings = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();

        var assembly = new AssemblyLoadContext("imported", isCollectible: true).LoadFromStream(new MemoryStream(image.ToArray()));
        var property = assembly.GetTypes().Single(t => t.Namespace == "Imported" && t.IsPublic)
            .GetProperty("Definition", BindingFlags.Public | BindingFlags.Static)!;
        return (MailHost)property.GetValue(null)!;
    }
}
