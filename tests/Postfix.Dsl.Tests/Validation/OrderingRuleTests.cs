using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>PFX0303 and PFX0304: restriction lists in an order that defeats them.</summary>
public class OrderingRuleTests
{
    [Fact]
    public void PFX0303_restrictions_after_an_unconditional_permit_are_never_evaluated()
    {
        var host = TestHosts.Modern(new() { SmtpdSenderRestrictions = [Permit, RejectNonFqdnSender, RejectUnknownSenderDomain] });

        var warning = ValidationAssert.SingleFinding(host, ValidationRules.UnreachableRestriction);

        Assert.Equal("smtpd_sender_restrictions", warning.Location);
        Assert.Equal("never evaluates reject_non_fqdn_sender, reject_unknown_sender_domain: permit decides every request first", warning.Problem);
    }

    [Fact]
    public void PFX0303_a_final_reject_is_fine_and_so_is_a_conditional_one() =>
        ValidationAssert.NoFinding(TestHosts.Modern(new()
        {
            SmtpdRelayRestrictions = [PermitMynetworks, RejectUnauthDestination, Reject],
            SmtpdSenderRestrictions = [RejectNonFqdnSender, Permit],
        }), ValidationRules.UnreachableRestriction);

    [Fact]
    public void PFX0304_a_dns_check_before_permit_mynetworks_is_reported_once_per_check()
    {
        var host = TestHosts.Modern(new()
        {
            SmtpdClientRestrictions = [RejectUnknownClientHostname, RejectRblClient("zen.spamhaus.org"), PermitMynetworks, CheckClientAccess(new ExternalTable("hash:/etc/postfix/access"))],
        });

        var warnings = HostValidator.Diagnose(host);

        Assert.Equal(2, System.Linq.Enumerable.Count(warnings, w => w.Rule.Id == "PFX0304"));
        Assert.Contains(warnings, w => w.Problem.StartsWith("runs reject_rbl_client before permit_mynetworks", System.StringComparison.Ordinal));
    }

    [Fact]
    public void PFX0304_permit_mynetworks_first_or_absent_is_fine()
    {
        ValidationAssert.NoFinding(TestHosts.Modern(new() { SmtpdClientRestrictions = [PermitMynetworks, RejectUnknownClientHostname] }), ValidationRules.DnsCheckBeforeMynetworks);
        ValidationAssert.NoFinding(TestHosts.Modern(new() { SmtpdClientRestrictions = [RejectUnknownClientHostname] }), ValidationRules.DnsCheckBeforeMynetworks);
    }
}
