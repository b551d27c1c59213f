using System.Linq;
using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>What a policy means beyond its syntax: PFX0316 to PFX0322, at emit time.</summary>
public class PolicySemanticsRuleTests
{
    private static readonly AccessTable Senders = new()
    {
        FileName = "access",
        Entries = [new(AccessKey.Address("spammer@example.net"), AccessAction.Reject()), new(AccessKey.Domain("spam.example"), AccessAction.Reject())],
    };

    private static MailHost WithHeaderChecks(params RegexpRule[] rules) =>
        TestHosts.Modern(new() { DisableVrfyCommand = true, HeaderChecks = [new RegexpTable { FileName = "header_checks", Rules = rules }] });

    [Fact]
    public void PFX0316_dane_without_dnssec_lookups_names_the_level_and_the_fix()
    {
        var finding = ValidationAssert.SingleFinding(TestHosts.Modern(new() { SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.Dane }), ValidationRules.DaneWithoutDnssec);

        ValidationAssert.NamesEverything(finding, "main.cf", "smtp_dns_support_level", "(unset: disabled)", "SmtpDnsSupportLevel = DnsSupportLevel.Dnssec");
        Assert.Contains("falls back to opportunistic TLS", finding.Problem);
        Assert.Contains("every delivery fails", ValidationAssert.SingleFinding(
            TestHosts.Modern(new() { SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.DaneOnly, SmtpDnsSupportLevel = DnsSupportLevel.Enabled }), ValidationRules.DaneWithoutDnssec).Problem);
    }

    [Fact]
    public void PFX0316_holds_per_service_and_is_silent_with_dnssec()
    {
        ValidationAssert.NoFinding(TestHosts.Modern(new() { SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.Dane, SmtpDnsSupportLevel = DnsSupportLevel.Dnssec }), ValidationRules.DaneWithoutDnssec);
        ValidationAssert.NoFinding(TestHosts.Modern(new() { SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.May }), ValidationRules.DaneWithoutDnssec);

        var relay = TestHosts.Modern(new() { SmtpDnsSupportLevel = DnsSupportLevel.Dnssec }) with
        {
            MasterCf = MasterCf.Stock.Change("relay", ServiceType.Unix, s => s with { Overrides = s.Overrides with { SmtpDnsSupportLevel = DnsSupportLevel.Enabled, SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.Dane } }),
        };
        Assert.Equal("service relay/unix -o smtp_dns_support_level", ValidationAssert.SingleFinding(relay, ValidationRules.DaneWithoutDnssec).Location);
    }

    [Theory]
    [InlineData("^postmaster@.*$", "starts like an address")]
    [InlineData("^:foo", "starts with ':'")]
    [InlineData("^ Subject", "starts with a blank")]
    [InlineData("^To foo", "allows only ':' after a blank")]
    [InlineData("^user\\@example", "starts like an address")]
    public void PFX0317_an_anchored_pattern_that_no_header_line_starts_with(string pattern, string reason)
    {
        var finding = ValidationAssert.SingleFinding(WithHeaderChecks(new RegexpMatch(pattern, HeaderAction.Reject())), ValidationRules.HeaderPatternNeverMatches);

        ValidationAssert.NamesEverything(finding, "header_checks", "pattern " + pattern, pattern, "^(From|To):");
        Assert.Contains(reason, finding.Problem);
    }

    [Theory]
    [InlineData("^To: foobar")]
    [InlineData("^Subject:.*viagra")]
    [InlineData("^X-Spam-Flag *: YES")]
    [InlineData("postmaster@")]
    [InlineData("^(From|To):.*postmaster@")]
    [InlineData("^postmaster@|^From:")]
    [InlineData("^[a-z]+@")]
    [InlineData("^X?@")]
    public void PFX0317_is_silent_for_patterns_that_can_match_a_header(string pattern) =>
        ValidationAssert.NoFinding(WithHeaderChecks(new RegexpMatch(pattern, HeaderAction.Reject())), ValidationRules.HeaderPatternNeverMatches);

    [Fact]
    public void PFX0317_judges_header_tables_only_not_body_checks()
    {
        var table = new RegexpTable { FileName = "body_checks", Rules = [new RegexpMatch("^postmaster@", HeaderAction.Reject())] };

        ValidationAssert.NoFinding(TestHosts.Modern(new() { BodyChecks = [table] }), ValidationRules.HeaderPatternNeverMatches);
        ValidationAssert.SingleFinding(TestHosts.Modern(new() { MimeHeaderChecks = [table] }), ValidationRules.HeaderPatternNeverMatches);
    }

    [Fact]
    public void PFX0319_ok_in_header_or_body_checks_and_inside_if_blocks()
    {
        var finding = ValidationAssert.SingleFinding(WithHeaderChecks(new RegexpMatch("^From:.*@example\\.org", HeaderAction.Ok)), ValidationRules.OkInContentChecks);
        ValidationAssert.NamesEverything(finding, "header_checks", "pattern ^From:.*@example\\.org", "OK", "HeaderAction.Dunno");

        var body = new RegexpTable { FileName = "body_checks", Rules = [new RegexpIf("^--", [new RegexpMatch("^--boundary", HeaderAction.Ok)])] };
        ValidationAssert.SingleFinding(TestHosts.Modern(new() { BodyChecks = [body] }), ValidationRules.OkInContentChecks);
        ValidationAssert.NoFinding(WithHeaderChecks(new RegexpMatch("^From:.*@example\\.org", HeaderAction.Dunno)), ValidationRules.OkInContentChecks);
    }

    [Theory]
    [InlineData("reject_sender_login_mismatch", "can still send as any address")]
    [InlineData("reject_authenticated_sender_login_mismatch", "never fires")]
    [InlineData("check_sasl_access", "never fires")]
    public void PFX0318_a_login_check_after_permit_sasl_authenticated(string name, string effect)
    {
        var check = name switch
        {
            "reject_sender_login_mismatch" => RejectSenderLoginMismatch,
            "reject_authenticated_sender_login_mismatch" => RejectAuthenticatedSenderLoginMismatch,
            _ => CheckSaslAccess("hash:/etc/postfix/sasl_access"),
        };
        var host = TestHosts.Modern(new() { SmtpdSenderRestrictions = [PermitMynetworks, PermitSaslAuthenticated, check, RejectUnknownSenderDomain] });

        var finding = ValidationAssert.SingleFinding(host, ValidationRules.SaslCheckAfterPermit);

        Assert.Equal("smtpd_sender_restrictions", finding.Location);
        Assert.Contains(effect, finding.Problem);
        Assert.Contains($"{name} before PermitSaslAuthenticated", finding.Expected);
        ValidationAssert.NoFinding(TestHosts.Modern(new() { SmtpdSenderRestrictions = [check, PermitMynetworks, PermitSaslAuthenticated, RejectUnknownSenderDomain] }), ValidationRules.SaslCheckAfterPermit);
    }

    [Fact]
    public void PFX0318_is_judged_per_list_so_a_permit_in_another_list_does_not_count()
    {
        var host = TestHosts.Modern(new() { SmtpdRelayRestrictions = [PermitSaslAuthenticated, RejectUnauthDestination], SmtpdSenderRestrictions = [RejectSenderLoginMismatch] });

        ValidationAssert.NoFinding(host, ValidationRules.SaslCheckAfterPermit);
    }

    [Fact]
    public void PFX0320_a_client_lookup_in_a_table_keyed_by_addresses()
    {
        var host = TestHosts.Modern(new() { SmtpdClientRestrictions = [CheckClientAccess(Senders)], SmtpdSenderRestrictions = [CheckSenderAccess(Senders)] });

        var finding = ValidationAssert.SingleFinding(host, ValidationRules.AddressKeysInClientLookup);

        ValidationAssert.NamesEverything(finding, "main.cf", "smtpd_client_restrictions", "check_client_access access", "check_sender_access");
        Assert.Contains("1 of the table's 2 keys, e-mail addresses such as spammer@example.net, never match", finding.Problem);
    }

    [Fact]
    public void PFX0320_is_silent_for_host_and_network_keys()
    {
        var clients = new AccessTable { FileName = "clients", Entries = [new(AccessKey.Domain("spam.example"), AccessAction.Reject()), new(AccessKey.IpPrefix("192.0.2"), AccessAction.Reject())] };

        ValidationAssert.NoFinding(TestHosts.Modern(new() { SmtpdClientRestrictions = [CheckClientAccess(clients)] }), ValidationRules.AddressKeysInClientLookup);
    }

    [Fact]
    public void PFX0321_a_submission_service_that_requires_neither_tls_nor_authentication()
    {
        var host = TestHosts.Modern(new() { DisableVrfyCommand = true }) with { MasterCf = MasterCf.Stock.Add(Service.Inet("submission", "smtpd")) };

        var finding = ValidationAssert.SingleFinding(host, ValidationRules.SubmissionWithoutTlsOrAuth);

        ValidationAssert.NamesEverything(finding, "master.cf", "service submission/inet", "submission", "Service.Submission()");
        Assert.Contains("does not require TLS", finding.Problem);
        Assert.Contains("has no SASL authentication", finding.Problem);
    }

    [Fact]
    public void PFX0321_counts_main_cf_and_wrapper_mode_and_the_presets_pass()
    {
        var tlsOnly = TestHosts.Modern(new() { SmtpdSaslAuthEnable = true }) with
        {
            MasterCf = MasterCf.Stock.Add(Service.Inet("127.0.0.1:587", "smtpd", overrides: new() { SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May })),
        };
        var finding = ValidationAssert.SingleFinding(tlsOnly, ValidationRules.SubmissionWithoutTlsOrAuth);
        Assert.DoesNotContain("SASL", finding.Problem);

        ValidationAssert.NoFinding(TestHosts.Modern(new()) with { MasterCf = MasterCf.Stock.Add(Service.Submission(), Service.Submissions()) }, ValidationRules.SubmissionWithoutTlsOrAuth);
        ValidationAssert.NoFinding(TestHosts.Modern(new() { SmtpdSaslAuthEnable = true }) with
        {
            MasterCf = MasterCf.Stock.Add(Service.Inet("465", "smtpd", overrides: new() { SmtpdTlsWrappermode = true })),
        }, ValidationRules.SubmissionWithoutTlsOrAuth);
    }

    [Fact]
    public void PFX0321_the_presets_state_only_what_differs()
    {
        var weakened = TestHosts.Modern(new()) with { MasterCf = MasterCf.Stock.Add(Service.Submission(o => o with { SmtpdSaslAuthEnable = false })) };

        Assert.Contains("has no SASL authentication", ValidationAssert.SingleFinding(weakened, ValidationRules.SubmissionWithoutTlsOrAuth).Problem);
    }

    [Fact]
    public void PFX0322_an_smtpd_pass_service_without_postscreen()
    {
        var host = TestHosts.Modern(new()) with { MasterCf = MasterCf.Stock.Add(Service.Pass("smtpd", "smtpd")) };

        var finding = ValidationAssert.SingleFinding(host, ValidationRules.PassWithoutPostscreen);

        ValidationAssert.NamesEverything(finding, "master.cf", "service smtpd/pass", "smtpd", "MasterCf.WithPostscreen()");
        ValidationAssert.NoFinding(TestHosts.Modern(new()) with { MasterCf = MasterCf.Stock.WithPostscreen() }, ValidationRules.PassWithoutPostscreen);
    }

    [Fact]
    public void The_seed_articles_configuration_gets_the_policy_findings_its_meaning_deserves()
    {
        // The article's own lines, before the Neptune sample acknowledged them: one access table for
        // clients and senders, and "/^postmaster@.*$/ OK" in its header checks.
        var access = new AccessTable
        {
            FileName = "access",
            Entries =
            [
                new(AccessKey.Address("valide@domain.com"), AccessAction.Ok),
                new(AccessKey.Address("non-valide@domain.com"), AccessAction.Reject()),
                new(AccessKey.Domain("spam.com"), AccessAction.Reject()),
            ],
        };
        var regexp = new RegexpTable { FileName = "regexp", Rules = [new RegexpMatch("^postmaster@.*$", HeaderAction.Ok), new RegexpMatch("^To: foobar", HeaderAction.Reject())] };
        var seed = TestHosts.Modern(new()
        {
            DisableVrfyCommand = true,
            SmtpdClientRestrictions = [PermitMynetworks, RejectUnknownClientHostname, CheckClientAccess(access)],
            SmtpdSenderRestrictions = [RejectUnknownSenderDomain, CheckSenderAccess(access), RejectNonFqdnSender],
            HeaderChecks = [regexp],
        });

        var ids = HostValidator.Diagnose(seed).Select(f => f.Rule.Id).Where(id => string.CompareOrdinal(id, "PFX0316") >= 0).Order();

        Assert.Equal(["PFX0317", "PFX0319", "PFX0320"], ids);
    }
}
