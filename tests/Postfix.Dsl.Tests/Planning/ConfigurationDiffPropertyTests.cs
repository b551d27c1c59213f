using System;
using System.IO;
using System.Linq;
using System.Threading;
using CsCheck;
using Postfix.Dsl.Tests.RealPostfix;
using Postfix.Dsl.Tests.RealPostfix.Properties;
using Xunit;
using Xunit.Abstractions;

namespace Postfix.Dsl.Tests.Planning;

/// <summary>
/// The semantic diff judges meaning, not text: a random host's configuration against itself with every
/// main.cf line moved and respaced and every master.cf service moved, with its <c>-o</c> settings
/// reversed, is no change; the same with one value changed is a change, on that parameter.
/// </summary>
public class ConfigurationDiffPropertyTests(ITestOutputHelper output)
{
    private const int Cases = 300;

    [Fact]
    public void A_random_configuration_against_itself_reordered_is_no_change_and_one_changed_value_is_one()
    {
        var cases = 0;
        var definitions = 0;
        RandomHosts.Valid.Select(Gen.Int[0, int.MaxValue]).Sample(
            (host, seed) =>
            {
                using var config = RenderedConfig.Write(host);
                var random = new Random(seed);
                var reordered = Directory.CreateTempSubdirectory("postfix-dsl-reordered-").FullName;
                try
                {
                    var mainCf = MainCfReader.Read(File.ReadAllText(config.PathOf("main.cf")));
                    var lines = mainCf.Definitions.OrderBy(_ => random.Next()).Select(d => d.Name + Spaces(random) + "=" + Spaces(random) + d.Value).ToList();
                    File.WriteAllText(Path.Combine(reordered, "main.cf"), "# moved and respaced\n" + string.Join("\n", lines) + "\n");
                    var masterCf = MasterCfReader.Read(File.ReadAllText(config.PathOf("master.cf")));
                    File.WriteAllText(Path.Combine(reordered, "master.cf"), string.Join("\n", masterCf.Entries.OrderBy(_ => random.Next()).Select(Row)) + "\n");

                    var same = ConfigurationDiff.Compare(config.Directory, reordered);
                    Assert.True(same.SameMeaning, string.Join("\n", same.Changes));

                    // One value changed: exactly that parameter is reported.
                    var changed = mainCf.Definitions[random.Next(mainCf.Definitions.Count)];
                    File.WriteAllText(Path.Combine(reordered, "main.cf"),
                        string.Join("\n", lines.Where(l => !l.StartsWith(changed.Name + " ", StringComparison.Ordinal) && !l.StartsWith(changed.Name + "=", StringComparison.Ordinal))
                            .Append($"{changed.Name} = {changed.Value} changed")) + "\n");
                    var different = ConfigurationDiff.Compare(config.Directory, reordered);
                    Assert.Contains(different.Changes, c => c.File == "main.cf" && c.Item == changed.Name);
                    Interlocked.Add(ref definitions, mainCf.Definitions.Count);
                    Interlocked.Increment(ref cases);
                }
                finally
                {
                    Directory.Delete(reordered, recursive: true);
                }
            },
            iter: Cases,
            writeLine: output.WriteLine);

        JudgeFigures.Report(output, "property", $"{cases} random configurations ({definitions} main.cf lines) against themselves reordered: no change; with one value changed: that change");
        Assert.Equal(Cases, cases);
    }

    private static string Spaces(Random random) => new(' ', random.Next(0, 3));

    // One line, the -o settings in reverse order (each name once in our output, so their order means nothing).
    private static string Row(MasterCfEntry e) =>
        $"{e.Service} {e.Type} {e.Private} {e.Unprivileged} {e.Chroot} {e.Wakeup} {e.ProcessLimit} {e.Command}"
        + string.Concat(e.Overrides.Reverse().Select(o => $" -o {{ {o.Name} = {o.Value} }}"))
        + string.Concat(e.Arguments.Select(a => a.Contains(' ') || a.Length == 0 ? $" {{ {a} }}" : " " + a));
}
