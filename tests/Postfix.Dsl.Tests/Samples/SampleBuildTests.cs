using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using Xunit;

namespace Postfix.Dsl.Tests.Samples;

/// <summary>
/// What <c>dotnet build</c> prints for each sample: the samples are what users copy, so they build
/// with no warning and no note — a note that is intended is acknowledged with [SuppressMessage].
/// </summary>
public sealed class SampleBuildTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("postfix-dsl-sample-build-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Samples => new() { "Neptune", "Fleet", "Modern" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_sample_builds_with_no_error_warning_or_note(string sample)
    {
        var lines = Build(sample);

        Assert.DoesNotContain(lines, l => l.Contains(": error PFX", StringComparison.Ordinal)
            || l.Contains(": warning PFX", StringComparison.Ordinal)
            || l.Contains(": info PFX", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Postfix.Dsl: ", StringComparison.Ordinal) && l.Contains("file(s) written", StringComparison.Ordinal));
    }

    [Fact]
    public void Fleets_relay_submission_override_raises_protection_so_nothing_needs_acknowledging()
    {
        var relay = Assert.Single(Registry("Fleet"), d => d.Get().Name == "relay");

        // Requiring TLS on submission is what overrides are for: PFX0312 only notes an override that weakens.
        Assert.Empty(relay.SuppressedRules);
        Assert.DoesNotContain(HostValidator.Diagnose(relay.Get()), finding => finding.Rule.Id == "PFX0312");
    }

    [Fact]
    public void Secrets_never_reach_the_build_log_or_the_written_files_even_when_their_values_are_in_the_environment()
    {
        // The values a deployment will supply, present where the build runs: the build must not pick them up.
        const string Canary = "canary-secret-value-4f2a";
        var names = new[] { "POSTFIX_DSL_SECRET_relay-password", "POSTFIX_DSL_SECRET_RELAY_PASSWORD", "relay-password", "RELAY_PASSWORD" };
        foreach (var name in names)
        {
            Environment.SetEnvironmentVariable(name, Canary);
        }

        try
        {
            var lines = Build("Modern");

            Assert.DoesNotContain(lines, l => l.Contains(Canary, StringComparison.Ordinal));
            var written = Directory.GetFiles(Path.Combine(_folder, "postfix"), "*", SearchOption.AllDirectories);
            Assert.Contains(written, f => Path.GetFileName(f) == "sasl_passwd");
            Assert.All(written, f => Assert.DoesNotContain(Canary, File.ReadAllText(f), StringComparison.Ordinal));
            Assert.Contains("<secret:relay-password>", File.ReadAllText(Array.Find(written, f => Path.GetFileName(f) == "sasl_passwd")!), StringComparison.Ordinal);
        }
        finally
        {
            foreach (var name in names)
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }
    }

    private string[] Build(string sample)
    {
        var output = new StringWriter();
        var exitCode = PostfixDslBuild.Run(Registry(sample), ["--output", Path.Combine(_folder, "postfix"), "--project-dir", _folder], output);
        Assert.Equal(0, exitCode);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    // The registry the generator wrote into the sample's assembly, as the emitter process reads it.
    private static IReadOnlyList<HostDefinition> Registry(string sample) =>
        (IReadOnlyList<HostDefinition>)Assembly.Load(sample)
            .GetType("Postfix.Dsl.Generated.PostfixHosts", throwOnError: true)!
            .GetProperty("All", BindingFlags.Public | BindingFlags.Static)!
            .GetValue(null)!;
}
