using System.Threading.Tasks;
using Xunit;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>Each code fix produces the expected code.</summary>
public class CodeFixTests
{
    private static Task FixRestriction(string source, string fixedSource) =>
        Verify<ParametersAnalyzer, ObsoleteRestrictionCodeFix>.Fix(source, fixedSource);

    private static string InOverrides(string parameters) => $$"""
        static class Host
        {
            static Parameters Overrides => new()
            {
                {{parameters}}
            };
        }
        """;

    [Fact]
    public Task PFX0300_check_relay_domains_becomes_permit_mynetworks_and_reject_unauth_destination() => FixRestriction(
        InOverrides("SmtpdRecipientRestrictions = [RejectNonFqdnRecipient, {|PFX0300:CheckRelayDomains|}],"),
        InOverrides("SmtpdRecipientRestrictions = [RejectNonFqdnRecipient, PermitMynetworks, RejectUnauthDestination],"));

    [Fact]
    public Task PFX0300_reject_unknown_client_keeps_its_qualification() => FixRestriction(
        InOverrides("SmtpdClientRestrictions = [PermitMynetworks, {|PFX0300:Restrictions.RejectUnknownClient|}],"),
        InOverrides("SmtpdClientRestrictions = [PermitMynetworks, Restrictions.RejectUnknownClientHostname],"));

    [Theory]
    [InlineData("RejectUnknownHostname", "RejectUnknownHeloHostname")]
    [InlineData("RejectInvalidHostname", "RejectInvalidHeloHostname")]
    [InlineData("RejectNonFqdnHostname", "RejectNonFqdnHeloHostname")]
    public Task PFX0300_old_helo_names_become_the_helo_ones(string old, string modern) => FixRestriction(
        InOverrides($"SmtpdHeloRestrictions = [{{|PFX0300:{old}|}}],"),
        InOverrides($"SmtpdHeloRestrictions = [{modern}],"));

    [Fact]
    public Task PFX0300_reject_rbl_becomes_reject_rbl_client_with_the_same_domain() => FixRestriction(
        InOverrides("""SmtpdClientRestrictions = [PermitMynetworks, {|PFX0300:RejectRbl("zen.spamhaus.org")|}],"""),
        InOverrides("""SmtpdClientRestrictions = [PermitMynetworks, RejectRblClient("zen.spamhaus.org")],"""));

    [Fact]
    public Task PFX0300_reject_maps_rbl_becomes_one_reject_rbl_client_per_maps_rbl_domain() => FixRestriction(
        InOverrides("""
            {|PFX0301:MapsRblDomains|} = ["relays.ordb.org", "zen.spamhaus.org"],
                    SmtpdClientRestrictions = [PermitMynetworks, {|PFX0300:RejectMapsRbl|}],
            """),
        InOverrides("""
            {|PFX0301:MapsRblDomains|} = ["relays.ordb.org", "zen.spamhaus.org"],
                    SmtpdClientRestrictions = [PermitMynetworks, RejectRblClient("relays.ordb.org"), RejectRblClient("zen.spamhaus.org")],
            """));

    [Fact]
    public Task PFX0300_reject_maps_rbl_without_literal_domains_has_no_fix() => FixRestriction(
        InOverrides("SmtpdClientRestrictions = [PermitMynetworks, {|PFX0300:RejectMapsRbl|}],"),
        InOverrides("SmtpdClientRestrictions = [PermitMynetworks, {|PFX0300:RejectMapsRbl|}],"));

    [Theory]
    [InlineData("SmtpdUseTls", "May")]
    [InlineData("SmtpdEnforceTls", "Encrypt")]
    public Task PFX0301_tls_switches_become_smtpd_tls_security_level(string property, string level) =>
        Verify<ParametersAnalyzer, ObsoleteParameterCodeFix>.Fix(
            InOverrides($"Myhostname = \"mail.example.com\", {{|PFX0301:{property}|}} = true,"),
            InOverrides($"Myhostname = \"mail.example.com\", SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.{level},"));

    [Fact]
    public Task PFX0302_fifo_becomes_unix_and_nqmgr_becomes_qmgr() =>
        Verify<ServiceAnalyzer, ObsoleteServiceFormCodeFix>.Fix("""
            static class Host
            {
                static Service Qmgr => new() { Name = "qmgr", Type = {|PFX0302:ServiceType.Fifo|}, Command = {|PFX0302:"nqmgr"|} };
            }
            """, """
            static class Host
            {
                static Service Qmgr => new() { Name = "qmgr", Type = ServiceType.Unix, Command = "qmgr" };
            }
            """);

    [Fact]
    public Task PFX0304_moves_permit_mynetworks_before_the_first_dns_check() =>
        Verify<ParametersAnalyzer, MynetworksFirstCodeFix>.Fix(
            InOverrides("""SmtpdClientRestrictions = [RejectNonFqdnHeloHostname, {|PFX0304:RejectUnknownClientHostname|}, {|PFX0304:RejectRblClient("zen.spamhaus.org")|}, PermitMynetworks, RejectUnauthPipelining],"""),
            InOverrides("""SmtpdClientRestrictions = [RejectNonFqdnHeloHostname, PermitMynetworks, RejectUnknownClientHostname, RejectRblClient("zen.spamhaus.org"), RejectUnauthPipelining],"""));
}
