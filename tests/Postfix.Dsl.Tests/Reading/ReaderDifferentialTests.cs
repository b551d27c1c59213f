using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CsCheck;
using Postfix.Dsl.Tests.RealPostfix;
using Xunit;
using Xunit.Abstractions;

namespace Postfix.Dsl.Tests.Reading;

/// <summary>
/// The faithful reader against Postfix itself: random files (<see cref="RandomFiles"/>) read by our
/// reader and by the real postconf (<c>-n</c>, <c>-F</c>, <c>-P</c>) and postmap (<c>-s</c>) must agree
/// on every name, field, override, key and value. master.cf options are generated before the
/// arguments and -o values hold no braces: there, postconf's own option scanner (a lone "-" takes
/// the next word as its value) and its printing (groups shown bare) stop being a faithful judge. postconf prints values with runs of blanks
/// collapsed to one space, so values are compared that way; nothing else is normalised.
/// </summary>
public class ReaderDifferentialTests(ITestOutputHelper output)
{
    private const int CasesPerKind = 1000;

    [PostfixFact]
    public void Main_cf_the_reader_agrees_with_postconf_n_on_every_random_file()
    {
        var parameters = 0;
        RandomFiles.MainCf.Sample(text =>
        {
            Interlocked.Add(ref parameters, AssertMainCfAgrees(text));
        }, iter: CasesPerKind, print: t => t);

        Report($"{CasesPerKind} random main.cf files, {parameters} parameters: the reader agrees with postconf -n on every one");
    }

    [PostfixFact]
    public void Master_cf_the_reader_agrees_with_postconf_F_and_P_on_every_random_file()
    {
        var services = 0;
        var refused = 0;
        RandomFiles.MasterCf.Sample(text =>
        {
            if (AssertMasterCfAgrees(text) is { } count)
            {
                Interlocked.Add(ref services, count);
            }
            else
            {
                Interlocked.Increment(ref refused);
            }
        }, iter: CasesPerKind, print: t => t);

        Report($"{CasesPerKind} random master.cf files, {services} services (and {refused} files postconf refused or warned about, which the reader flagged too): the reader agrees with postconf -F and -P on every field, the command's text and every -o");
    }

    [PostfixFact]
    public void Tables_the_reader_agrees_with_postmap_on_every_key_and_value()
    {
        var entries = 0;
        RandomFiles.Table.Sample(text =>
        {
            using var directory = new JudgeDirectory("compatibility_level = 3.6\n", string.Empty);
            var table = System.IO.Path.Combine(directory.Path, "access");
            File.WriteAllText(table, text);
            PostfixTools.Run(PostfixTools.Postmap, "-c", directory.Path, "hash:" + table);
            var listed = PostfixTools.Run(PostfixTools.Postmap, "-c", directory.Path, "-s", "hash:" + table).Stdout
                .Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split('\t', 2))
                .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);

            // postmap folds keys to lower case and keeps the first of two equal keys (with a warning).
            var read = TableReader.Read(text).Entries
                .GroupBy(e => e.Key.ToLowerInvariant(), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
            Assert.Equal(read.OrderBy(p => p.Key, StringComparer.Ordinal), listed.OrderBy(p => p.Key, StringComparer.Ordinal));
            Interlocked.Add(ref entries, read.Count);
        }, iter: CasesPerKind, print: t => t);

        Report($"{CasesPerKind} random tables, {entries} entries: the reader agrees with postmap -s on every key and value");
    }

    [PostfixFact]
    public void Regexp_tables_the_reader_answers_every_query_as_postmap_does()
    {
        var queries = 0;
        RandomRegexpTables.Table.Sample(text =>
        {
            using var directory = new JudgeDirectory("compatibility_level = 3.6\n", string.Empty);
            var table = System.IO.Path.Combine(directory.Path, "header_checks");
            File.WriteAllText(table, text);
            var read = RegexpReader.Read(text);
            var asked = new[] { "a", "b", "c", "ab", "ba", "abc", "cab", "bca", "A", "AB", "aBc", "CCC", "xyz" };
            var answers = PostfixTools.Run(PostfixTools.Postmap, ["-c", directory.Path, "-q", "-", "regexp:" + table], asked);
            if (answers.Stderr.Length > 0)
            {
                // postmap warns (an endif without if, ...): the reader must have found a problem too.
                Assert.NotEmpty(read.Problems);
                return;
            }

            var printed = answers.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split('\t', 2))
                .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
            foreach (var query in asked)
            {
                Assert.Equal(printed.GetValueOrDefault(query), RandomRegexpTables.Answer(read.Lines, query));
            }

            Interlocked.Add(ref queries, asked.Length);
        }, iter: CasesPerKind, print: t => t);

        Report($"{CasesPerKind} random regexp tables, {queries} queries: the reader's rules answer every one as postmap -q does");
    }


    /// <summary>Postfix's own distributed files, as installed, and with every commented-out setting and service switched on.</summary>
    [PostfixTheory]
    [InlineData("main.cf.dist", false)]
    [InlineData("main.cf.dist", true)]
    [InlineData("main.cf.debian", false)]
    [InlineData("main.cf.tls", true)]
    [InlineData("master.cf.dist", false)]
    [InlineData("master.cf.dist", true)]
    public void Postfixs_own_distributed_files_read_as_postconf_reads_them(string file, bool uncommented)
    {
        var text = File.ReadAllText(System.IO.Path.Combine("/usr/share/postfix", file));
        if (uncommented)
        {
            // "#name = value", "#service type ...", "#  -o name=value" become live lines.
            text = System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^#(?=[a-z0-9_]+ *=|[a-z0-9.:]+ +(inet|unix|pass|fifo|unix-dgram) |\s+-o )", string.Empty);
        }

        if (file.StartsWith("main.cf", StringComparison.Ordinal))
        {
            var parameters = AssertMainCfAgrees(text);
            Report($"{file}{(uncommented ? " uncommented" : string.Empty)}: {parameters} parameters read as postconf -n reads them");
            Assert.True(parameters > 0 || !uncommented);
        }
        else
        {
            var services = AssertMasterCfAgrees(text);
            Assert.NotNull(services);
            Report($"{file}{(uncommented ? " uncommented" : string.Empty)}: {services} services read as postconf -F and -P read them");
        }
    }

    /// <summary>Asserts the reader and postconf -n agree on <paramref name="text"/> as main.cf; returns the parameters compared.</summary>
    private static int AssertMainCfAgrees(string text)
    {
        using var directory = new JudgeDirectory(text, string.Empty);
        var printed = Printed(PostfixTools.Run(PostfixTools.Postconf, "-c", directory.Path, "-n"));
        printed.Remove("config_directory");
        var read = MainCfReader.Read(text).Parameters;
        Assert.Equal(printed.Keys.Order(), read.Keys.Order());
        foreach (var (name, value) in read)
        {
            Assert.Equal(printed[name], Collapsed(value));
        }

        return read.Count;
    }

    /// <summary>
    /// Asserts the reader and postconf -F/-P agree on <paramref name="text"/> as master.cf; returns the
    /// services compared, or null when postconf refused or warned (and the reader flagged a problem too).
    /// </summary>
    private static int? AssertMasterCfAgrees(string text)
    {
        using var directory = new JudgeDirectory("compatibility_level = 3.6\n", text);
        var fields = PostfixTools.Run(PostfixTools.Postconf, "-c", directory.Path, "-F");
        var read = MasterCfReader.Read(text);
        // "unused" and "undefined parameter" are about meaning (a random -o name, a $x), not syntax: the reader has no opinion on it.
        var syntaxWarnings = fields.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.Contains("unused parameter") && !l.Contains("undefined parameter"));
        if (fields.ExitCode != 0 || syntaxWarnings.Any())
        {
            // Postfix refuses the file or warns (an unbalanced group): the reader must have found
            // a problem too. (postconf then prints the damaged words without regrouping them, so
            // its output cannot be compared word by word.)
            Assert.NotEmpty(read.Problems);
            return null;
        }

        var printedFields = Printed(fields);
        var printedOverrides = Printed(PostfixTools.Run(PostfixTools.Postconf, "-c", directory.Path, "-P"));
        var expectedOverrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in LastOfEach(read.Entries))
        {
            var key = entry.Service + "/" + entry.Type + "/";
            Assert.Equal(printedFields[key + "private"], entry.Private);
            Assert.Equal(printedFields[key + "unprivileged"], entry.Unprivileged);
            Assert.Equal(printedFields[key + "chroot"], entry.Chroot);
            Assert.Equal(printedFields[key + "wakeup"], entry.Wakeup);
            Assert.Equal(printedFields[key + "process_limit"], entry.ProcessLimit);
            // postconf prints an argument that holds blanks sometimes in { } and sometimes bare, so
            // word boundaries inside the printed command are not reliable: the words are compared
            // joined by one space, which still judges every character and its order.
            // Its braces are ambiguous too (an ungrouped word holding "{ }" is printed bare), so they are left out on both sides.
            Assert.Equal(Braceless(string.Join(" ", CommandWords(printedFields[key + "command"]))), Braceless(string.Join(' ', [entry.Command, .. entry.Arguments])));
        }

        // postconf -P prints the -o of every entry, a repeated service's too.
        foreach (var entry in read.Entries)
        {
            foreach (var setting in entry.Overrides)
            {
                expectedOverrides[entry.Service + "/" + entry.Type + "/" + setting.Name] = Collapsed(setting.Value);
            }
        }

        Assert.Equal(expectedOverrides.OrderBy(p => p.Key, StringComparer.Ordinal), printedOverrides.OrderBy(p => p.Key, StringComparer.Ordinal));
        return read.Entries.Count;
    }

    private void Report(string line) => JudgeFigures.Report(output, "reader", line);

    /// <summary>postconf's name = value lines, after it succeeded.</summary>
    private static Dictionary<string, string> Printed(ToolResult result)
    {
        Assert.True(result.ExitCode == 0, $"{result.CommandLine} failed: {result.Stderr}");
        return StaticCheckTests.Parse(result.Stdout);
    }

    /// <summary>
    /// The words of postconf -F's command line, which it prints in a canonical form: words separated
    /// by one space, a word holding blanks in <c>{ }</c>, each -o as <c>-o name=value</c> or <c>-o {name=value}</c>.
    /// -o pairs are left out (-P judges them).
    /// </summary>
    private static List<string> CommandWords(string printed)
    {
        var words = new List<string>();
        var i = 0;
        while (i < printed.Length)
        {
            if (printed[i] == ' ')
            {
                i++;
                continue;
            }

            var start = i;
            var level = 0;
            for (; i < printed.Length && (level > 0 || printed[i] != ' '); i++)
            {
                level += printed[i] == '{' ? 1 : printed[i] == '}' && level > 0 ? -1 : 0;
            }

            var word = printed[start..i];
            words.Add(word.StartsWith('{') && word.EndsWith('}') ? word[1..^1].Trim() : word);
        }

        // postconf prints options normalised ("-o" "name=value") before the first non-option word.
        for (var w = 1; w < words.Count && words[w].StartsWith('-') && words[w] != "--"; w++)
        {
            if (words[w] == "-o" && w + 1 < words.Count)
            {
                words.RemoveRange(w, 2);
                w--;
            }
        }

        return words;
    }

    /// <summary>postconf keeps the last entry of a repeated service name and type.</summary>
    private static IEnumerable<MasterCfEntry> LastOfEach(IReadOnlyList<MasterCfEntry> entries) =>
        entries.GroupBy(e => (e.Service, e.Type)).Select(g => g.Last());

    private static string Braceless(string value) => Collapsed(value.Replace("{", " ").Replace("}", " "));

    private static string Collapsed(string value) =>
        string.Join(' ', value.Split([' ', '\t', '\r', '\n', '\v', '\f'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A temporary configuration directory with main.cf and master.cf, dated back so Postfix reads them at once.</summary>
    private sealed class JudgeDirectory : IDisposable
    {
        public JudgeDirectory(string mainCf, string masterCf)
        {
            Path = Directory.CreateTempSubdirectory("postfix-dsl-reader-").FullName;
            foreach (var (name, content) in new[] { ("main.cf", mainCf), ("master.cf", masterCf) })
            {
                var file = System.IO.Path.Combine(Path, name);
                File.WriteAllText(file, content);
                File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
            }
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
