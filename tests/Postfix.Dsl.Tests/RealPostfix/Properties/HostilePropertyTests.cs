using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using CsCheck;
using Xunit;
using Xunit.Abstractions;

namespace Postfix.Dsl.Tests.RealPostfix.Properties;

/// <summary>
/// Random hostile strings in every string-bearing member (<see cref="HostileStrings"/>). For every
/// host the emit either refuses with PFX errors and writes nothing, or writes files whose meaning,
/// read by the real postconf (-n, -F, -P), postmap and rsyslogd -N1, is exactly the model's.
/// Never an exception of another kind.
/// </summary>
public class HostilePropertyTests(ITestOutputHelper output)
{
    private const int Cases = 1000;

    [PostfixFact]
    public void Every_hostile_host_is_refused_with_nothing_written_or_means_exactly_the_model()
    {
        var refused = new ConcurrentDictionary<string, int>();
        var written = new ConcurrentDictionary<string, int>();
        var refusedHosts = 0;
        HostileStrings.Case.Sample(c =>
        {
            var host = c.Slot.Host(c.Value);
            var root = Directory.CreateTempSubdirectory("postfix-dsl-hostile-").FullName;
            try
            {
                try
                {
                    PostfixDsl.EmitAll([host], root);
                }
                catch (PostfixValidationException exception)
                {
                    var errors = exception.Errors.Where(e => e.Severity == ValidationSeverity.Error).ToList();
                    Assert.NotEmpty(errors);
                    Assert.All(errors, e => Assert.Matches("^PFX[0-9]{4}$", e.Rule.Id));
                    Assert.Empty(Directory.EnumerateFileSystemEntries(root));
                    Interlocked.Increment(ref refusedHosts);
                    foreach (var id in errors.Select(e => e.Rule.Id).Distinct())
                    {
                        refused.AddOrUpdate(id, 1, (_, n) => n + 1);
                    }

                    return;
                }

                Judge(host);
                written.AddOrUpdate(c.Slot.Name, 1, (_, n) => n + 1);
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }, iter: Cases, print: c => $"{c.Slot.Name}: \"{Finding.Visible(c.Value)}\"");

        JudgeFigures.Report(output, "hostile", $"{Cases} hostile hosts: {refusedHosts} refused with nothing written (hosts per rule: {string.Join(", ", refused.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}); {written.Values.Sum()} written and read back exactly by postconf, postmap and rsyslogd ({string.Join(", ", written.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))})");
        Assert.Equal(Cases, refusedHosts + written.Values.Sum());
        Assert.True(written.Values.Sum() > 0, "no hostile host was harmless enough to be written: the generator judges nothing");
    }

    /// <summary>The real tools read exactly the model, with no warning.</summary>
    private static void Judge(MailHost host)
    {
        using var config = RenderedConfig.Write(host);
        var printed = StaticCheckTests.Parse(PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-n").AssertCleanSuccess().Stdout);
        printed.Remove("config_directory");
        var settings = config.Host.MainCf.Settings.Concat(config.Host.MasterCf.Services.SelectMany(s => s.Transport.SettingsFor(s.Name))).ToList();
        Assert.Equal(settings.Select(s => s.Name).Order(), printed.Keys.Order());
        foreach (var setting in settings)
        {
            StaticCheckTests.AssertSameValue(setting.Name, setting.Value, printed[setting.Name], config.Directory);
        }

        var overrides = StaticCheckTests.Parse(PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-P").AssertCleanSuccess().Stdout);
        var smtp = config.Host.MasterCf.Services.Single(s => s.Name == "smtp" && s.Type == ServiceType.Inet);
        foreach (var setting in smtp.Overrides.Settings)
        {
            StaticCheckTests.AssertSameValue(setting.Name, setting.Value, overrides["smtp/inet/" + setting.Name], config.Directory);
        }

        var command = StaticCheckTests.Parse(PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-F", "smtp/inet/command").AssertCleanSuccess().Stdout)["smtp/inet/command"];
        foreach (var argument in smtp.Arguments)
        {
            Assert.Contains(" " + argument, command, StringComparison.Ordinal);
        }

        foreach (var table in HostTables.Collect(config.Host).OfType<AccessTable>())
        {
            var reference = ModelExpectations.Reference(table, config.Directory);
            PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, reference).AssertCleanSuccess();
            foreach (var entry in table.Entries)
            {
                var answer = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", entry.Key.Text, reference).AssertCleanSuccess();
                Assert.Equal(ModelExpectations.AccessAnswer(entry.Action, config.Directory), answer.Stdout.TrimEnd('\n'));
            }
        }

        if (host.SyslogConf is null)
        {
            Assert.False(File.Exists(config.PathOf("syslog.conf")), "a host without SyslogConf wrote a syslog.conf");
            return;
        }

        var syslog = PostfixTools.Run(PostfixTools.Rsyslogd, "-N1", "-f", config.PathOf("syslog.conf"));
        Assert.True(syslog.ExitCode == 0 && !(syslog.Stderr + syslog.Stdout).Contains("error", StringComparison.OrdinalIgnoreCase), $"rsyslogd -N1:\n{syslog.Stderr}{syslog.Stdout}");
    }
}
