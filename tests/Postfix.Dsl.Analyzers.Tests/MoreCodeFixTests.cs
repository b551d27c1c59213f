using System.Threading.Tasks;
using Xunit;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>The code fixes for PFX0006, PFX0305, PFX0306 and PFX0307.</summary>
public class MoreCodeFixTests
{
    [Fact]
    public Task PFX0006_ends_the_relay_restrictions_with_reject_unauth_destination() =>
        Verify<ParametersAnalyzer, RelayCodeFix>.Fix("""
            static class Host
            {
                static MailHost Definition => new()
                {
                    Name = "test",
                    MainCf = {|PFX0006:new|}()
                    {
                        DisableVrfyCommand = true,
                        SmtpdRelayRestrictions = [PermitMynetworks, PermitSaslAuthenticated],
                    },
                };
            }
            """, """
            static class Host
            {
                static MailHost Definition => new()
                {
                    Name = "test",
                    MainCf = new()
                    {
                        DisableVrfyCommand = true,
                        SmtpdRelayRestrictions = [PermitMynetworks, PermitSaslAuthenticated, RejectUnauthDestination],
                    },
                };
            }
            """);

    [Fact]
    public Task PFX0006_adds_relay_restrictions_when_the_host_has_none() =>
        Verify<ParametersAnalyzer, RelayCodeFix>.Fix("""
            static class Host
            {
                static MailHost Definition => new()
                {
                    Name = "test",
                    MainCf = {|PFX0006:new|}()
                    {
                        Myhostname = "mail.example.com",
                        DisableVrfyCommand = true,
                    },
                };
            }
            """, """
            static class Host
            {
                static MailHost Definition => new()
                {
                    Name = "test",
                    MainCf = new()
                    {
                        Myhostname = "mail.example.com",
                        DisableVrfyCommand = true,
                        SmtpdRelayRestrictions = [PermitMynetworks, PermitSaslAuthenticated, RejectUnauthDestination],
                    },
                };
            }
            """);

    [Fact]
    public Task PFX0306_turns_false_into_true() =>
        Verify<ParametersAnalyzer, VrfyCodeFix>.Fix("""
            static class Host
            {
                static MailHost Definition => new() { Name = "a", MainCf = new() { CompatibilityLevel = CompatibilityLevel.Level3_6, DisableVrfyCommand = {|PFX0306:false|} } };
            }
            """, """
            static class Host
            {
                static MailHost Definition => new() { Name = "a", MainCf = new() { CompatibilityLevel = CompatibilityLevel.Level3_6, DisableVrfyCommand = true } };
            }
            """);

    [Fact]
    public Task PFX0306_adds_disable_vrfy_command_to_a_single_line_initializer() =>
        Verify<ParametersAnalyzer, VrfyCodeFix>.Fix("""
            static class Host
            {
                static MailHost Definition => new() { Name = "a", MainCf = {|PFX0306:new|}() { CompatibilityLevel = CompatibilityLevel.Level3_6 } };
            }
            """, """
            static class Host
            {
                static MailHost Definition => new() { Name = "a", MainCf = new() { CompatibilityLevel = CompatibilityLevel.Level3_6, DisableVrfyCommand = true } };
            }
            """);

    [Fact]
    public Task PFX0307_turns_chroot_off() =>
        Verify<ServiceAnalyzer, ChrootCodeFix>.Fix("""
            static class Host
            {
                static Service Local => new() { Name = "local", Type = ServiceType.Unix, Chroot = {|PFX0307:true|}, Command = "local" };
            }
            """, """
            static class Host
            {
                static Service Local => new() { Name = "local", Type = ServiceType.Unix, Chroot = false, Command = "local" };
            }
            """);

    [Fact]
    public Task PFX0305_replaces_a_revealing_banner_with_postfixs_default() =>
        Verify<ParametersAnalyzer, BannerCodeFix>.Fix("""
            static class Host
            {
                static Parameters P => new() { SmtpdBanner = {|PFX0305:"ESMTP $mail_name ($mail_version)"|} };
            }
            """, """
            static class Host
            {
                static Parameters P => new() { SmtpdBanner = "$myhostname ESMTP $mail_name" };
            }
            """);
}
