using System.Threading.Tasks;
using Xunit;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>PFX0316 to PFX0321 in the editor: each fires where the meaning is wrong and stays silent where it is right.</summary>
public class PolicySemanticsAnalyzerTests
{
    [Fact]
    public Task PFX0316_dane_without_dnssec_unset_or_another_level() => ParametersVerify.Diagnostics("""
        static class Host
        {
            static MailHost Unset => new() { Name = "a", MainCf = {|PFX0316:new|}() { CompatibilityLevel = CompatibilityLevel.Level3_6, DisableVrfyCommand = true, SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.Dane } };
            static MailHost Enabled => new() { Name = "b", MainCf = new() { CompatibilityLevel = CompatibilityLevel.Level3_6, DisableVrfyCommand = true, SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.DaneOnly, SmtpDnsSupportLevel = {|PFX0316:DnsSupportLevel.Enabled|} } };
            static MailHost Good => new() { Name = "c", MainCf = new() { CompatibilityLevel = CompatibilityLevel.Level3_6, DisableVrfyCommand = true, SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.Dane, SmtpDnsSupportLevel = DnsSupportLevel.Dnssec } };
            static MailHost May => new() { Name = "d", MainCf = new() { CompatibilityLevel = CompatibilityLevel.Level3_6, DisableVrfyCommand = true, SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.May } };
        }
        """);

    [Fact]
    public Task PFX0316_fix_sets_dnssec() =>
        Verify<ParametersAnalyzer, DnssecCodeFix>.Fix("""
            static class Host
            {
                static MailHost A => new() { Name = "a", MainCf = new() { CompatibilityLevel = CompatibilityLevel.Level3_6, DisableVrfyCommand = true, SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.Dane, SmtpDnsSupportLevel = {|PFX0316:DnsSupportLevel.Enabled|} } };
                static MailHost B => new() { Name = "b", MainCf = {|PFX0316:new|}() { CompatibilityLevel = CompatibilityLevel.Level3_6, DisableVrfyCommand = true, SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.Dane } };
            }
            """, """
            static class Host
            {
                static MailHost A => new() { Name = "a", MainCf = new() { CompatibilityLevel = CompatibilityLevel.Level3_6, DisableVrfyCommand = true, SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.Dane, SmtpDnsSupportLevel = DnsSupportLevel.Dnssec } };
                static MailHost B => new() { Name = "b", MainCf = new() { CompatibilityLevel = CompatibilityLevel.Level3_6, DisableVrfyCommand = true, SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.Dane, SmtpDnsSupportLevel = DnsSupportLevel.Dnssec } };
            }
            """);

    [Fact]
    public Task PFX0317_an_address_anchored_pattern_in_header_checks_but_not_in_body_checks() => PatternVerify.Diagnostics("""
        static class Host
        {
            static RegexpTable Headers => new()
            {
                FileName = "header_checks",
                Rules =
                [
                    new RegexpMatch({|PFX0317:"^postmaster@.*$"|}, HeaderAction.Reject()),
                    new RegexpMatch("^To: foobar", HeaderAction.Reject()),
                    new RegexpMatch("^(From|To):.*postmaster@", HeaderAction.Warn()),
                    new RegexpMatch(new Pattern("^postmaster@") { Negated = true }, HeaderAction.Warn()),
                ],
            };

            static RegexpTable Body => new() { FileName = "body_checks", Rules = [new RegexpMatch("^postmaster@", HeaderAction.Reject())] };

            static Parameters MainCf => new() { HeaderChecks = [Headers], BodyChecks = [Body] };
        }
        """);

    [Fact]
    public Task PFX0317_a_table_written_inside_header_checks() => PatternVerify.Diagnostics("""
        static class Host
        {
            static Parameters MainCf => new() { MimeHeaderChecks = [new RegexpTable { FileName = "mime", Rules = [new RegexpMatch({|PFX0317:"^ Content-Type"|}, HeaderAction.Reject())] }] };
        }
        """);

    [Fact]
    public Task PFX0317_is_silent_for_a_table_whose_use_is_not_in_sight() => PatternVerify.Diagnostics("""
        static class Host
        {
            static RegexpTable Unused => new() { FileName = "checks", Rules = [new RegexpMatch("^postmaster@", HeaderAction.Reject())] };
        }
        """);

    [Fact]
    public Task PFX0319_ok_as_a_header_action_is_reported_and_fixed_to_dunno() =>
        Verify<PatternAnalyzer, OkToDunnoCodeFix>.Fix("""
            static class Host
            {
                static RegexpTable Checks => new()
                {
                    FileName = "header_checks",
                    Rules = [new RegexpMatch("^From:.*@example\\.org", {|PFX0319:HeaderAction.Ok|}), new RegexpMatch("^To: x", HeaderAction.Dunno)],
                };
            }
            """, """
            static class Host
            {
                static RegexpTable Checks => new()
                {
                    FileName = "header_checks",
                    Rules = [new RegexpMatch("^From:.*@example\\.org", HeaderAction.Dunno), new RegexpMatch("^To: x", HeaderAction.Dunno)],
                };
            }
            """);

    [Fact]
    public Task PFX0318_login_checks_after_permit_sasl_authenticated_in_main_cf_and_overrides() => ParametersVerify.Diagnostics("""
        static class Host
        {
            static Parameters Overrides => new()
            {
                SmtpdSenderRestrictions = [PermitSaslAuthenticated, {|PFX0318:RejectSenderLoginMismatch|}, RejectUnknownSenderDomain],
                SmtpdRecipientRestrictions = [PermitMynetworks, PermitSaslAuthenticated, {|PFX0318:CheckSaslAccess("hash:/etc/postfix/sasl_access")|}, RejectUnauthDestination],
                SmtpdRelayRestrictions = [RejectAuthenticatedSenderLoginMismatch, PermitSaslAuthenticated, RejectUnauthDestination],
            };
        }
        """);

    [Fact]
    public Task PFX0318_fix_moves_the_checks_before_the_permit() =>
        Verify<ParametersAnalyzer, SaslChecksFirstCodeFix>.Fix("""
            static class Host
            {
                static Parameters Overrides => new() { SmtpdSenderRestrictions = [PermitMynetworks, PermitSaslAuthenticated, {|PFX0318:RejectSenderLoginMismatch|}, RejectUnknownSenderDomain] };
            }
            """, """
            static class Host
            {
                static Parameters Overrides => new() { SmtpdSenderRestrictions = [PermitMynetworks, RejectSenderLoginMismatch, PermitSaslAuthenticated, RejectUnknownSenderDomain] };
            }
            """);

    [Fact]
    public Task PFX0320_a_client_lookup_in_a_table_with_address_keys() => ParametersVerify.Diagnostics("""
        static class Host
        {
            static AccessTable Senders { get; } = new()
            {
                FileName = "access",
                Entries = [new(AccessKey.Address("spammer@example.net"), AccessAction.Reject()), new(AccessKey.Domain("spam.example"), AccessAction.Reject())],
            };

            static AccessTable Clients { get; } = new() { FileName = "clients", Entries = [new(AccessKey.Domain("spam.example"), AccessAction.Reject())] };

            static Parameters MainCf => new()
            {
                SmtpdClientRestrictions = [{|PFX0320:CheckClientAccess(Senders)|}, CheckClientAccess(Clients)],
                SmtpdSenderRestrictions = [CheckSenderAccess(Senders)],
            };
        }
        """);

    [Fact]
    public Task PFX0321_submission_services_judged_with_the_main_cf_around_them() => ServiceVerify.Diagnostics("""
        static class Host
        {
            static MailHost Open => new()
            {
                Name = "a",
                MainCf = new() { CompatibilityLevel = CompatibilityLevel.Level3_6 },
                MasterCf = MasterCf.Stock.Add(
                    Service.Inet({|PFX0321:"submission"|}, "smtpd"),
                    Service.Inet({|PFX0321:"127.0.0.1:465"|}, "smtpd", overrides: new() { SmtpdTlsWrappermode = true }),
                    new Service { Name = {|PFX0321:"587"|}, Type = ServiceType.Inet, Command = "smtpd", Overrides = new() { SmtpdSaslAuthEnable = true } }),
            };

            static MailHost Required => new()
            {
                Name = "b",
                MainCf = new() { CompatibilityLevel = CompatibilityLevel.Level3_6, SmtpdSaslAuthEnable = true },
                MasterCf = MasterCf.Stock.Add(
                    Service.Inet("submission", "smtpd", overrides: new() { SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt }),
                    Service.Inet("submissions", "smtpd", overrides: new() { SmtpdTlsWrappermode = true }),
                    Service.Submission(),
                    Service.Inet("smtp", "smtpd")),
            };

            // main.cf is not in sight: emit time decides.
            static Parameters Shared => new();

            static MailHost Elsewhere => new() { Name = "c", MainCf = Shared, MasterCf = MasterCf.Stock.Add(Service.Inet("submission", "smtpd")) };
        }
        """);
}
