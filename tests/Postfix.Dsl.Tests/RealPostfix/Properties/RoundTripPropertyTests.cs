using System.IO;
using System.Linq;
using System.Threading;
using CsCheck;
using Xunit;
using Xunit.Abstractions;

namespace Postfix.Dsl.Tests.RealPostfix.Properties;

/// <summary>
/// Random hosts, rendered and read back by the real postconf: no value is lost or changed, and no
/// warning is printed. Random injections are refused before anything is written.
/// </summary>
public class RoundTripPropertyTests(ITestOutputHelper output)
{
    private const int Cases = 1000;

    private void Report(string line) => JudgeFigures.Report(output, "property", line);

    [PostfixFact]
    public void Random_valid_hosts_render_to_files_that_postconf_reads_back_exactly()
    {
        var parameters = 0;
        var cases = 0;
        RandomHosts.Valid.Sample(
            host =>
            {
                Assert.Empty(HostValidator.Validate(host).Select(e => e.Message));
                using var config = RenderedConfig.Write(host);
                var printed = StaticCheckTests.Parse(PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-n").AssertCleanSuccess().Stdout);
                printed.Remove("config_directory");
                var expected = config.Host.MainCf.Settings;
                Assert.Equal(expected.Select(s => s.Name).Order(), printed.Keys.Order());
                foreach (var setting in expected)
                {
                    StaticCheckTests.AssertSameValue(setting.Name, setting.Value, printed[setting.Name], config.Directory);
                }

                Interlocked.Add(ref parameters, expected.Count);
                Interlocked.Increment(ref cases);
            },
            iter: Cases,
            writeLine: output.WriteLine);

        Report($"{cases} random hosts, {parameters} parameter values, all read back exactly by postconf with no warning");
        Assert.Equal(Cases, cases);
    }

    [Fact]
    public void Random_injected_control_characters_are_refused_before_anything_is_written()
    {
        var cases = 0;
        var root = Directory.CreateTempSubdirectory("postfix-dsl-injection-").FullName;
        try
        {
            RandomHosts.Injection.Sample(
                injection =>
                {
                    var host = RandomHosts.With(injection.Descriptor, injection.Value);
                    var error = Assert.Throws<PostfixValidationException>(() => PostfixDsl.Emit(host, root));
                    var refused = Assert.Single(error.Errors, e => e.Severity == ValidationSeverity.Error);
                    Assert.Equal("PFX0001", refused.Rule.Id);
                    Assert.Equal(injection.Descriptor.Name, refused.Location);
                    Interlocked.Increment(ref cases);
                },
                iter: Cases,
                writeLine: output.WriteLine);
            Assert.Empty(Directory.GetFileSystemEntries(root));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        Report($"{cases} random injected values refused by validation, nothing written");
        Assert.Equal(Cases, cases);
    }
}
