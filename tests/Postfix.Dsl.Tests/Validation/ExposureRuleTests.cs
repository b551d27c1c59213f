using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>PFX0305–PFX0307: what a host gives away, and chroot flags that break delivery.</summary>
public class ExposureRuleTests
{
    [Theory]
    [InlineData("ESMTP $mail_name ($mail_version)", "reveals the Postfix version")]
    [InlineData("$myhostname ESMTP ${mail_version}", "reveals the Postfix version")]
    [InlineData("ESMTP $mail_name", "does not start with $myhostname")]
    public void PFX0305_a_banner_with_the_version_or_without_the_host_name_is_reported(string banner, string problem)
    {
        var warning = ValidationAssert.SingleFinding(TestHosts.Modern(new() { SmtpdBanner = banner }), ValidationRules.RevealingBanner);

        Assert.StartsWith(problem, warning.Problem);
        Assert.Equal("smtpd_banner", warning.Location);
    }

    [Theory]
    [InlineData("$myhostname ESMTP $mail_name")]
    [InlineData("${myhostname} ESMTP")]
    public void PFX0305_a_banner_that_starts_with_the_host_name_and_hides_the_version_is_fine(string banner) =>
        ValidationAssert.NoFinding(TestHosts.Modern(new() { SmtpdBanner = banner }), ValidationRules.RevealingBanner);

    [Fact]
    public void PFX0306_vrfy_left_on_is_reported_whether_unset_or_false()
    {
        Assert.Equal("(unset: no)", ValidationAssert.SingleFinding(TestHosts.Minimal, ValidationRules.VrfyEnabled).Value);
        Assert.Equal("no", ValidationAssert.SingleFinding(TestHosts.Modern(new() { DisableVrfyCommand = false }), ValidationRules.VrfyEnabled).Value);
    }

    [Fact]
    public void PFX0306_is_silent_when_vrfy_is_disabled() =>
        ValidationAssert.NoFinding(TestHosts.Modern(new() { DisableVrfyCommand = true }), ValidationRules.VrfyEnabled);

    [Theory]
    [InlineData("local")]
    [InlineData("virtual")]
    [InlineData("proxymap")]
    public void PFX0307_chrooting_a_daemon_that_cannot_run_in_the_jail_is_reported(string name)
    {
        var host = TestHosts.Minimal with { MasterCf = MasterCf.Stock.Change(name, ServiceType.Unix, s => s with { Chroot = true }) };

        var warning = ValidationAssert.SingleFinding(host, ValidationRules.ChrootNotSupported);

        Assert.Equal($"service {name}/unix", warning.Location);
        Assert.Empty(HostValidator.Validate(host));
    }

    [Fact]
    public void PFX0307_a_chrooted_pipe_transport_is_reported_and_the_stock_set_is_fine()
    {
        var host = TestHosts.Minimal with { MasterCf = MasterCf.Stock.Add(StockServices.Uucp with { Chroot = true }) };

        Assert.Equal("pipe", ValidationAssert.SingleFinding(host, ValidationRules.ChrootNotSupported).Value);
        ValidationAssert.NoFinding(TestHosts.Minimal, ValidationRules.ChrootNotSupported);
    }

    [Fact]
    public void Warnings_do_not_stop_emit_and_are_returned_with_the_result()
    {
        var output = System.IO.Directory.CreateTempSubdirectory("pfx-warn").FullName;
        try
        {
            var result = PostfixDsl.Emit(TestHosts.Modern(new() { SmtpdBanner = "ESMTP" }), output);

            Assert.NotEmpty(result.Written);
            Assert.Equal(["PFX0305", "PFX0306"], System.Linq.Enumerable.Select(result.Warnings, w => w.Rule.Id));
        }
        finally
        {
            System.IO.Directory.Delete(output, recursive: true);
        }
    }
}
