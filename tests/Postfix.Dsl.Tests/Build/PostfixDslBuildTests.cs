using System;
using System.IO;
using Xunit;

namespace Postfix.Dsl.Tests.Build;

/// <summary>What the emitter process does with a project's registry, and the error lines MSBuild reads.</summary>
public sealed class PostfixDslBuildTests : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("postfix-dsl-build-").FullName;

    public void Dispose() => Directory.Delete(_project, recursive: true);

    private static HostDefinition Definition(MailHost host, params SourceValue[] values) =>
        new(() => host, new SourceSpot("Hosts.cs", 7, 28), values);

    private (int ExitCode, string[] Lines) Run(string extra, params HostDefinition[] hosts)
    {
        var output = new StringWriter();
        var args = $"--output {Path.Combine(_project, "postfix")} --project-dir {_project} {extra}".Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var exitCode = PostfixDslBuild.Run(hosts, args, output);
        return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void The_emit_servers_warm_up_host_is_clean_so_every_step_runs_and_the_warm_up_leaves_no_folder()
    {
        var (exitCode, lines) = Run("", Definition(BuildWarmUp.Host()));

        Assert.Equal(0, exitCode);
        Assert.Equal([$"Postfix.Dsl: 1 host(s): 5 file(s) written, 0 unchanged, 0 deleted in {Path.Combine(_project, "postfix")}"], lines);
        var before = Directory.GetDirectories(Path.GetTempPath(), "postfix-dsl-warm-up-*");
        PostfixDslBuild.WarmUp();
        Assert.Equal(before, Directory.GetDirectories(Path.GetTempPath(), "postfix-dsl-warm-up-*"));
    }

    [Fact]
    public void The_warm_up_an_emit_runs_on_a_second_core_takes_every_step_in_memory_without_an_error()
    {
        // Every step runs only for a host without an error (rendering stops at one), so the warm-up host must stay clean.
        Assert.Equal(0, PipelineWarmUp.RunSteps());
    }

    [Fact]
    public void A_bad_value_is_an_error_in_canonical_form_at_the_literal_that_set_it()
    {
        var host = TestHosts.WithMainCf(TestHosts.Minimal.MainCf with { Mynetworks = ["10.0.0.0/33"] });

        var (exitCode, lines) = Run("", Definition(host, new("Name", "test", 9, 16), new("MainCf.Mynetworks", null, 12, 26), new("MainCf.Mynetworks", "10.0.0.0/33", 12, 27)));

        Assert.Equal(1, exitCode);
        Assert.StartsWith(
            $"{Path.Combine(_project, "Hosts.cs")}(12,27): error PFX0002: test/main.cf: mynetworks: \"10.0.0.0/33\" ",
            lines[0]);
        Assert.False(Directory.Exists(Path.Combine(_project, "postfix")));
    }

    [Fact]
    public void A_warning_is_a_canonical_msbuild_warning_and_the_files_are_still_written()
    {
        // Minimal leaves VRFY on: PFX0306, a warning.
        var (exitCode, lines) = Run("", Definition(TestHosts.Minimal, new SourceValue("Name", "test", 9, 16)));

        Assert.Equal(0, exitCode);
        // The value is not a literal in the source, so the warning points at the host member.
        Assert.Contains(lines, l => l.StartsWith($"{Path.Combine(_project, "Hosts.cs")}(", System.StringComparison.Ordinal)
            && l.Contains("): warning PFX0306: test/main.cf: disable_vrfy_command:", System.StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_project, "postfix", "test", "main.cf")));
    }

    [Fact]
    public void A_warning_the_analyzers_give_at_the_literal_is_not_repeated_but_one_for_a_computed_value_is_reported()
    {
        // PFX0305 (an editor rule): the analyzer reports the literal banner where it is written.
        const string banner = "$myhostname ESMTP $mail_name $mail_version";
        var host = TestHosts.WithMainCf(TestHosts.Minimal.MainCf with { DisableVrfyCommand = true, SmtpdBanner = banner });

        var (_, literal) = Run("", Definition(host, new("MainCf.SmtpdBanner", null, 12, 9), new("MainCf.SmtpdBanner", banner, 12, 23)));
        var (_, computed) = Run("", Definition(host));

        Assert.DoesNotContain(literal, l => l.Contains("PFX0305", System.StringComparison.Ordinal));
        Assert.Contains(computed, l => l.Contains("): warning PFX0305: test/main.cf: smtpd_banner:", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_warning_the_compiler_gives_for_an_obsolete_form_is_not_repeated_by_the_build()
    {
#pragma warning disable PFX0302 // the form under test
        var host = TestHosts.WithMainCf(TestHosts.Minimal.MainCf with { DisableVrfyCommand = true }) with
        {
            MasterCf = MasterCf.Stock.Change("pickup", ServiceType.Unix, s => s with { Type = ServiceType.Fifo }),
        };
#pragma warning restore PFX0302

        var (exitCode, lines) = Run("", Definition(host));

        Assert.Contains(HostValidator.Diagnose(host), f => f.Rule.Id == "PFX0302");
        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(lines, l => l.Contains("PFX0302", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_warning_suppressed_on_the_host_member_is_not_shown_and_the_log_says_one_was_suppressed()
    {
        // Minimal leaves VRFY on: PFX0306, suppressed here as [SuppressMessage] on the member would.
        var definition = Definition(TestHosts.Minimal) with { SuppressedRules = ["PFX0306"] };

        var (exitCode, lines) = Run("", definition);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(lines, l => l.Contains("PFX0306", System.StringComparison.Ordinal));
        Assert.Contains("Postfix.Dsl: 1 warning(s) or note(s) not shown: suppressed with [SuppressMessage] on the host.", lines);
        Assert.True(File.Exists(Path.Combine(_project, "postfix", "test", "main.cf")));
    }

    [Fact]
    public void An_error_cannot_be_suppressed_so_an_open_relay_still_fails_the_build()
    {
        var openRelay = TestHosts.WithMainCf(TestHosts.Minimal.MainCf with { SmtpdRelayRestrictions = [Restrictions.PermitMynetworks] });
        var definition = Definition(openRelay) with { SuppressedRules = ["PFX0006"] };

        var (exitCode, lines) = Run("", definition);

        Assert.Equal(1, exitCode);
        Assert.Contains(lines, l => l.Contains("): error PFX0006: ", System.StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_project, "postfix")));
    }

    [Fact]
    public void A_computed_bad_value_is_reported_at_the_host_member()
    {
        var host = TestHosts.WithMainCf(TestHosts.Minimal.MainCf with { Mynetworks = [string.Concat("10.0.0.0/", "33")] });

        var (_, lines) = Run("", Definition(host));

        Assert.StartsWith($"{Path.Combine(_project, "Hosts.cs")}(7,28): error PFX0002: ", lines[0]);
    }

    [Fact]
    public void An_error_for_a_value_that_an_earlier_assignment_repeats_points_at_the_assignment_it_is_about()
    {
        // The same text twice: harmless as a reject footer, an invalid host name as myhostname.
        var host = TestHosts.WithMainCf(TestHosts.Minimal.MainCf with { SmtpdRejectFooter = "mail_server.example", Myhostname = "mail_server.example" });

        var (exitCode, lines) = Run("", Definition(host,
            new("MainCf.SmtpdRejectFooter", null, 10, 29),
            new("MainCf.SmtpdRejectFooter", "mail_server.example", 10, 29),
            new("MainCf.Myhostname", null, 11, 22),
            new("MainCf.Myhostname", "mail_server.example", 11, 22)));

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{Path.Combine(_project, "Hosts.cs")}(11,22): error PFX0003: test/main.cf: myhostname: \"mail_server.example\" ", lines[0]);
    }

    [Fact]
    public void An_error_for_a_value_computed_at_run_time_points_at_the_assignment_of_its_parameter()
    {
        var host = TestHosts.WithMainCf(TestHosts.Minimal.MainCf with { Myhostname = string.Concat("mail_", "server.example") });

        var (_, lines) = Run("", Definition(host,
            new("MainCf.SmtpdRejectFooter", "mail_server.example", 10, 29),
            new("MainCf.Myhostname", null, 11, 22),
            new("MainCf.Myhostname", "mail_", 11, 36)));

        Assert.StartsWith($"{Path.Combine(_project, "Hosts.cs")}(11,22): error PFX0003: ", lines[0]);
    }

    [Fact]
    public void An_error_for_a_value_set_nowhere_in_the_definition_points_at_the_host_member()
    {
        var host = TestHosts.WithMainCf(TestHosts.Minimal.MainCf with { Myhostname = "mail_server.example" });

        var (_, lines) = Run("", Definition(host, new SourceValue("MainCf.SmtpdRejectFooter", "mail_server.example", 10, 29)));

        Assert.StartsWith($"{Path.Combine(_project, "Hosts.cs")}(7,28): error PFX0003: ", lines[0]);
    }

    [Fact]
    public void An_error_about_a_missing_value_is_reported_at_the_host_member_not_at_an_empty_literal()
    {
        var host = TestHosts.Minimal with { MainCf = new() { Myhostname = "mail.example.com" } };

        var (_, lines) = Run("", Definition(host, new SourceValue("MainCf.SmtpdBanner", string.Empty, 30, 9)));

        Assert.StartsWith($"{Path.Combine(_project, "Hosts.cs")}(7,28): error PFX0006: ", lines[0]);
    }

    [Fact]
    public void A_definition_that_throws_is_PFX0104_at_the_member()
    {
        var throwing = new HostDefinition(() => throw new InvalidOperationException("not ready"), new SourceSpot("Other.cs", 3, 5), []);

        var (exitCode, lines) = Run("", throwing);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{Path.Combine(_project, "Other.cs")}(3,5): error PFX0104: InvalidOperationException: not ready", lines[0]);
    }

    [Fact]
    public void Two_hosts_with_one_name_are_PFX0102_at_the_second()
    {
        var second = new HostDefinition(() => TestHosts.Minimal, new SourceSpot("Hosts.cs", 20, 28), []);

        var (exitCode, lines) = Run("", Definition(TestHosts.Minimal), second);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{Path.Combine(_project, "Hosts.cs")}(20,28): error PFX0102: ", lines[0]);
    }

    [Fact]
    public void A_valid_project_is_written_and_verify_then_passes()
    {
        var (written, _) = Run("", Definition(TestHosts.Minimal));
        var (verified, lines) = Run("--verify", Definition(TestHosts.Minimal));

        Assert.Equal(0, written);
        Assert.Equal(0, verified);
        Assert.True(File.Exists(Path.Combine(_project, "postfix", "test", "main.cf")));
        Assert.Contains("verified", lines[^1]);
    }

    [Fact]
    public void Verify_fails_with_one_canonical_error_per_differing_file()
    {
        Run("", Definition(TestHosts.Minimal));
        var mainCf = Path.Combine(_project, "postfix", "test", "main.cf");
        File.AppendAllText(mainCf, "# edited\n");

        var (exitCode, lines) = Run("--verify", Definition(TestHosts.Minimal));

        Assert.Equal(1, exitCode);
        var error = Assert.Single(lines, l => l.Contains(": error ", System.StringComparison.Ordinal));
        Assert.StartsWith($"{mainCf}: error PFX0103: differs from what the model produces", error);
        Assert.Equal("# edited", File.ReadAllLines(mainCf)[^1]);
    }
}
