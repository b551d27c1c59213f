using System;
using System.IO;
using System.Linq;
using Postfix.Dsl.Tests.RealPostfix;
using Xunit;

namespace Postfix.Dsl.Tests.Corpus;

/// <summary>
/// Real configurations from public sources (installers, mail stacks, distribution defaults), each
/// typed into the DSL: every value Postfix accepts can be written, the generated files mean exactly
/// what the originals mean to the real postconf and postmap, and validation says nothing but true
/// findings.
/// </summary>
public class CorpusTests
{
    public static TheoryData<string> Cases() => [.. CorpusCases.All.Select(c => c.Folder)];

    public static TheoryData<string> CasesWithTables() => [.. CorpusCases.All.Where(c => c.Tables.Count > 0).Select(c => c.Folder)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generated_files_mean_what_the_original_means_to_postconf(string folder)
    {
        PostfixTools.Require();
        var corpus = CorpusCases.Get(folder);
        using var original = CopyOriginal(corpus);
        using var generated = Generate(corpus);

        var originalMeaning = ConfigurationMeaning.Of(original.Path);
        var generatedMeaning = ConfigurationMeaning.Of(generated.Path);

        var differences = ConfigurationMeaning.Differences(originalMeaning, generatedMeaning);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Empty(generatedMeaning.Warnings);
        // Whatever postconf says about the original is known and reported by validation too.
        Assert.Equal(corpus.OriginalWarnings.Count, originalMeaning.Warnings.Count);
        Assert.All(corpus.OriginalWarnings, expected => Assert.Contains(originalMeaning.Warnings, w => w.Contains(expected, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validation_reports_only_the_true_findings_listed_for_the_case(string folder)
    {
        var corpus = CorpusCases.Get(folder);

        // As the build reports them: less what the host acknowledges with [SuppressMessage] (CorpusCase.SuppressedRules).
        var findings = HostValidator.Diagnose(corpus.Host).Where(f => !corpus.SuppressedRules.Contains(f.Rule.Id))
            .Select(f => f.Rule.Id + " " + f.Location).Order(StringComparer.Ordinal).ToList();

        Assert.True(corpus.ExpectedFindings.Order(StringComparer.Ordinal).SequenceEqual(findings), string.Join("\n", findings));
    }

    [Theory]
    [MemberData(nameof(CasesWithTables))]
    public void Every_generated_table_answers_every_query_as_the_original_does(string folder)
    {
        PostfixTools.Require();
        var corpus = CorpusCases.Get(folder);
        using var original = CopyOriginal(corpus);
        using var generated = Generate(corpus);

        foreach (var table in corpus.Tables)
        {
            Assert.NotEmpty(table.Queries);
            foreach (var query in table.Queries)
            {
                var expected = Lookup(table.Type, original.Path, table.Original, query);
                var actual = Lookup(table.Type, generated.Path, table.Generated, query);
                Assert.True(expected == actual, $"{table.Generated}: postmap -q \"{query}\" answers \"{actual}\", the original {table.Original} \"{expected}\"");
            }
        }
    }

    private static string Lookup(string type, string directory, string file, string query)
    {
        var path = System.IO.Path.Combine(directory, file);
        var result = PostfixTools.Run(PostfixTools.Postmap, "-c", directory, "-q", query, type + ":" + path);
        Assert.True(result.ExitCode is 0 or 1 && result.Stderr.Length == 0, $"{result.CommandLine}: {result.Stderr}");
        return result.Stdout.TrimEnd('\n');
    }

    private static TemporaryFolder CopyOriginal(CorpusCase corpus)
    {
        var folder = new TemporaryFolder();
        foreach (var file in Directory.GetFiles(CorpusCases.OriginalFolder(corpus)))
        {
            folder.Write(System.IO.Path.GetFileName(file), File.ReadAllText(file));
        }

        return folder;
    }

    // Rendered with the host's own ConfigDirectory, so table references read as in the original; the files go to a temporary folder.
    private static TemporaryFolder Generate(CorpusCase corpus)
    {
        var folder = new TemporaryFolder();
        foreach (var file in PostfixDsl.Render(corpus.Host).Files)
        {
            folder.Write(file.Name, file.Content);
        }

        return folder;
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("postfix-dsl-corpus-").FullName;

        public void Write(string name, string content)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, content);
            // Postfix re-reads a file modified in the last seconds until it stops changing; date it back.
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
