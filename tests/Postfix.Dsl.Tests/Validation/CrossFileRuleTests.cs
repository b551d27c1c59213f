using System.Linq;
using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>PFX0309–PFX0313: rules that compare one file of the host with another.</summary>
public class CrossFileRuleTests
{
    private static AccessTable Access { get; } = new() { FileName = "access", Entries = [new(AccessKey.Domain("spam.com"), AccessAction.Reject())] };

    [Fact]
    public void PFX0309_a_table_of_the_host_that_nothing_references_is_reported()
    {
        var host = TestHosts.Minimal with { Tables = [Access] };

        var warning = ValidationAssert.SingleFinding(host, ValidationRules.UnreferencedTable);

        Assert.Equal("access", warning.Artifact);
        Assert.Equal(ValidationSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void PFX0309_is_silent_when_a_restriction_references_the_table() =>
        ValidationAssert.NoFinding(TestHosts.Modern(new() { SmtpdClientRestrictions = [CheckClientAccess(Access)] }) with { Tables = [Access] },
            ValidationRules.UnreferencedTable);

    [Fact]
    public void PFX0310_a_reference_to_a_config_directory_file_the_host_does_not_write_is_a_note()
    {
        var host = TestHosts.Modern(new() { SmtpdClientRestrictions = [CheckClientAccess(new ExternalTable("hash:/etc/postfix/access"))] });

        var note = ValidationAssert.SingleFinding(host, ValidationRules.TableNotInHost);

        Assert.Equal(ValidationSeverity.Info, note.Severity);
        Assert.Equal("smtpd_client_restrictions", note.Location);
        Assert.Equal("hash:/etc/postfix/access", note.Value);
    }

    [Fact]
    public void PFX0310_notes_a_file_once_however_many_parameters_reference_it()
    {
        var installed = new ExternalTable("hash:/etc/postfix/access");
        var host = TestHosts.Modern(new()
        {
            SmtpdClientRestrictions = [CheckClientAccess(installed)],
            SmtpdSenderRestrictions = [CheckSenderAccess(installed)],
            SmtpdRecipientRestrictions = [CheckRecipientAccess(new ExternalTable("lmdb:/etc/postfix/access")), RejectUnauthDestination],
        });

        var note = ValidationAssert.SingleFinding(host, ValidationRules.TableNotInHost);

        Assert.Equal("smtpd_client_restrictions", note.Location);
        Assert.Contains("(referenced 2 more time(s) in this host, noted once)", note.Problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public void PFX0310_is_silent_for_files_outside_the_config_directory_and_for_files_the_host_writes()
    {
        ValidationAssert.NoFinding(TestHosts.Modern(new() { AliasMaps = ["hash:/etc/aliases"] }), ValidationRules.TableNotInHost);
        ValidationAssert.NoFinding(TestHosts.Modern(new()
        {
            SmtpdClientRestrictions = [CheckClientAccess(Access)],
            SmtpdSenderRestrictions = [CheckSenderAccess(new ExternalTable("hash:/etc/postfix/access"))],
        }), ValidationRules.TableNotInHost);
    }

    [Fact]
    public void PFX0311_syslog_rules_for_another_facility_than_syslog_facility_are_reported()
    {
        var host = TestHosts.Modern(new() { SyslogFacility = SyslogFacility.Local0 }) with { SyslogConf = SyslogConf.ForFacility(SyslogFacility.Mail) };

        var warning = ValidationAssert.SingleFinding(host, ValidationRules.SyslogFacilityMismatch);

        Assert.Contains("never select the facility local0", warning.Problem);
    }

    [Fact]
    public void PFX0311_is_silent_when_a_rule_selects_the_facility_or_every_facility()
    {
        ValidationAssert.NoFinding(TestHosts.Modern(new() { SyslogFacility = SyslogFacility.Local0 }) with { SyslogConf = SyslogConf.ForFacility(SyslogFacility.Local0) },
            ValidationRules.SyslogFacilityMismatch);
        ValidationAssert.NoFinding(TestHosts.Minimal with
        {
            SyslogConf = new() { Rules = [new SyslogRule { Selectors = [new SyslogSelector { Priority = SyslogPriority.Info }], File = "/var/log/all.log" }] },
        }, ValidationRules.SyslogFacilityMismatch);
        ValidationAssert.NoFinding(TestHosts.Modern(new() { SyslogFacility = SyslogFacility.Local0 }), ValidationRules.SyslogFacilityMismatch);
    }

    [Fact]
    public void PFX0312_an_override_that_leaves_out_a_refusing_restriction_is_a_note()
    {
        var host = TestHosts.Modern(new() { SmtpdHeloRestrictions = [Restrictions.PermitMynetworks, Restrictions.RejectInvalidHeloHostname] }) with
        {
            MasterCf = MasterCf.Stock.Change("smtp", ServiceType.Inet, s => s with { Overrides = new() { SmtpdHeloRestrictions = [Restrictions.PermitMynetworks] } }),
        };

        var note = ValidationAssert.SingleFinding(host, ValidationRules.OverrideWeakensProtection);

        Assert.Equal(ValidationSeverity.Info, note.Severity);
        Assert.Equal("service smtp/inet -o smtpd_helo_restrictions", note.Location);
        Assert.Equal("leaves out reject_invalid_helo_hostname, which main.cf's list refuses with for this service only", note.Problem);
        Assert.Empty(HostValidator.Validate(host));
    }

    [Fact]
    public void PFX0312_lower_tls_or_auth_without_tls_or_a_dropped_sasl_requirement_is_a_note()
    {
        var host = TestHosts.Modern(new() { SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt, SmtpdTlsAuthOnly = true, SmtpdSaslSecurityOptions = ["noanonymous", "noplaintext"] }) with
        {
            MasterCf = MasterCf.Stock.Change("smtp", ServiceType.Inet, s => s with
            {
                Overrides = new() { SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May, SmtpdTlsAuthOnly = false, SmtpdSaslSecurityOptions = ["noanonymous"] },
            }),
        };

        var problems = HostValidator.Diagnose(host).Where(f => f.Rule == ValidationRules.OverrideWeakensProtection).Select(f => f.Location + ": " + f.Problem);

        Assert.Equal(
        [
            "service smtp/inet -o smtpd_tls_security_level: lowers TLS from main.cf's encrypt to a level that guarantees less for this service only",
            "service smtp/inet -o smtpd_tls_auth_only: offers authentication without TLS, which main.cf forbids for this service only",
            "service smtp/inet -o smtpd_sasl_security_options: drops noplaintext, which main.cf requires of SASL mechanisms for this service only",
        ], problems);
    }

    [Fact]
    public void PFX0312_is_silent_for_overrides_that_weaken_nothing()
    {
        var main = new Parameters
        {
            SmtpdBanner = "$myhostname ESMTP",
            SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May,
            SmtpdClientRestrictions = [Restrictions.PermitMynetworks, Restrictions.RejectUnknownClientHostname],
            SmtpdHeloRestrictions = [Restrictions.RejectInvalidHeloHostname],
        };
        var submission = new Service
        {
            Name = "submission", Type = ServiceType.Inet, Private = false, Chroot = false, Command = "smtpd",
            Overrides = new()
            {
                SmtpdBanner = "$myhostname ESMTP submission",
                SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt,
                SmtpdClientRestrictions = [Restrictions.PermitSaslAuthenticated, Restrictions.Reject],
            },
        };
        var reinjection = new Service
        {
            Name = "127.0.0.1:10025", Type = ServiceType.Inet, Private = false, Chroot = false, Command = "smtpd",
            Overrides = new() { SmtpdClientRestrictions = [], SmtpdHeloRestrictions = [] },
        };

        ValidationAssert.NoFinding(TestHosts.Modern(main) with { MasterCf = MasterCf.Stock with { Services = [.. MasterCf.Stock.Services, submission, reinjection] } },
            ValidationRules.OverrideWeakensProtection);
    }

    [Fact]
    public void PFX0313_a_milter_setting_without_milters_is_reported_and_silent_with_one()
    {
        var warning = ValidationAssert.SingleFinding(TestHosts.Modern(new() { MilterDefaultAction = Postfix.Dsl.MilterDefaultAction.Accept }), ValidationRules.MilterSettingsWithoutMilters);
        Assert.Equal("milter_default_action", warning.Location);

        ValidationAssert.NoFinding(TestHosts.Modern(new() { MilterDefaultAction = Postfix.Dsl.MilterDefaultAction.Accept, SmtpdMilters = ["inet:localhost:8891"] }), ValidationRules.MilterSettingsWithoutMilters);
    }

    [Fact]
    public void PFX0314_postscreen_settings_without_the_postscreen_service_are_reported_and_silent_with_it()
    {
        var screened = TestHosts.Modern(new() { PostscreenDnsblSites = ["zen.spamhaus.org*2"], DisableVrfyCommand = true });

        var warning = ValidationAssert.SingleFinding(screened, ValidationRules.PostscreenSettingsWithoutService);
        Assert.Equal("postscreen_dnsbl_sites", warning.Location);

        var withService = screened with
        {
            MasterCf = MasterCf.Stock
                .Remove("smtp", ServiceType.Inet)
                .Add(
                    new Service { Name = "smtp", Type = ServiceType.Inet, Private = false, Chroot = true, MaxProcesses = 1, Command = "postscreen" },
                    new Service { Name = "smtpd", Type = ServiceType.Pass, Chroot = true, Command = "smtpd" },
                    new Service { Name = "dnsblog", Type = ServiceType.Unix, Chroot = true, MaxProcesses = 0, Command = "dnsblog" },
                    new Service { Name = "tlsproxy", Type = ServiceType.Unix, Chroot = true, MaxProcesses = 0, Command = "tlsproxy" }),
        };
        ValidationAssert.NoFinding(withService, ValidationRules.PostscreenSettingsWithoutService);
        ValidationAssert.Valid(withService);
    }
}
