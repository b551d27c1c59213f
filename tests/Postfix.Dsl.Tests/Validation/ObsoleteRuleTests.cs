using System.Linq;
using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Validation;

#pragma warning disable PFX0300, PFX0301, PFX0302 // these tests use the obsolete forms on purpose

/// <summary>PFX0300–PFX0302: obsolete restrictions, parameters and master.cf forms are warnings at emit time.</summary>
public class ObsoleteRuleTests
{
    [Theory]
    [InlineData("check_relay_domains", "PermitMynetworks, RejectUnauthDestination")]
    [InlineData("reject_unknown_client", "RejectUnknownClientHostname")]
    [InlineData("reject_unknown_hostname", "RejectUnknownHeloHostname")]
    [InlineData("reject_invalid_hostname", "RejectInvalidHeloHostname")]
    [InlineData("reject_non_fqdn_hostname", "RejectNonFqdnHeloHostname")]
    [InlineData("reject_maps_rbl", "RejectRblClient(domain)")]
    [InlineData("permit_naked_ip_address", "PermitMynetworks or PermitSaslAuthenticated")]
    [InlineData("permit_mx_backup", "RelayDomains")]
    public void PFX0300_each_obsolete_restriction_is_reported_with_its_modern_form(string name, string advice)
    {
        Restriction obsolete = name switch
        {
            "check_relay_domains" => CheckRelayDomains,
            "reject_unknown_client" => RejectUnknownClient,
            "reject_unknown_hostname" => RejectUnknownHostname,
            "reject_invalid_hostname" => RejectInvalidHostname,
            "reject_non_fqdn_hostname" => RejectNonFqdnHostname,
            "reject_maps_rbl" => RejectMapsRbl,
            "permit_naked_ip_address" => PermitNakedIpAddress,
            _ => PermitMxBackup,
        };
        var host = TestHosts.Modern(new() { SmtpdClientRestrictions = [obsolete] });

        var warning = ValidationAssert.SingleFinding(host, ValidationRules.ObsoleteRestriction);

        Assert.Equal(ValidationSeverity.Warning, warning.Severity);
        Assert.Equal("smtpd_client_restrictions", warning.Location);
        Assert.Equal(name, warning.Value);
        Assert.Contains(advice, warning.Expected);
        Assert.Empty(HostValidator.Validate(host));
    }

    [Fact]
    public void PFX0300_also_in_an_smtpd_services_overrides()
    {
        var host = TestHosts.Minimal with
        {
            MasterCf = MasterCf.Stock.Change("smtp", ServiceType.Inet, s => s with { Overrides = new() { SmtpdHeloRestrictions = [RejectInvalidHostname] } }),
        };

        Assert.Equal("service smtp/inet -o smtpd_helo_restrictions", ValidationAssert.SingleFinding(host, ValidationRules.ObsoleteRestriction).Location);
    }

    [Fact]
    public void Modern_restrictions_are_not_reported() =>
        ValidationAssert.NoFinding(TestHosts.Modern(new()
        {
            SmtpdClientRestrictions = [PermitMynetworks, RejectUnknownClientHostname, RejectRblClient("zen.spamhaus.org")],
            SmtpdHeloRestrictions = [RejectInvalidHeloHostname, RejectNonFqdnHeloHostname, RejectUnknownHeloHostname],
        }), ValidationRules.ObsoleteRestriction);

    [Fact]
    public void PFX0301_obsolete_tls_switches_and_maps_rbl_domains_are_reported_with_the_replacement()
    {
        var host = TestHosts.Modern(new() { SmtpdUseTls = true, SmtpdEnforceTls = false, MapsRblDomains = ["zen.spamhaus.org"] });

        var warnings = HostValidator.Diagnose(host).Where(e => e.Rule.Id == "PFX0301").ToList();

        Assert.Equal(["maps_rbl_domains", "smtpd_enforce_tls", "smtpd_use_tls"], warnings.Select(w => w.Location));
        Assert.Equal("smtpd_tls_security_level = may", warnings[2].Expected);
        Assert.Empty(HostValidator.Validate(host));
    }

    [Fact]
    public void PFX0301_is_silent_for_the_modern_tls_parameter() =>
        ValidationAssert.NoFinding(TestHosts.Modern(new() { SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May }), ValidationRules.ObsoleteParameter);

    [Fact]
    public void PFX0302_a_fifo_pickup_and_the_nqmgr_command_are_reported()
    {
        var host = TestHosts.Minimal with
        {
            MasterCf = MasterCf.Stock
                .Change("pickup", ServiceType.Unix, s => s with { Type = ServiceType.Fifo })
                .Change("qmgr", ServiceType.Unix, s => s with { Command = "nqmgr" }),
        };

        var warnings = HostValidator.Diagnose(host).Where(e => e.Rule.Id == "PFX0302").ToList();

        Assert.Equal([("service pickup/fifo", "fifo"), ("service qmgr/unix", "nqmgr")], warnings.Select(w => (w.Location, w.Value)));
        Assert.Equal(["Type = ServiceType.Unix", "Command = \"qmgr\""], warnings.Select(w => w.Expected));
    }

    [Fact]
    public void PFX0302_is_silent_for_the_stock_master_cf() =>
        ValidationAssert.NoFinding(TestHosts.Minimal, ValidationRules.ObsoleteServiceForm);
}
