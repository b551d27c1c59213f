using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>PFX0006: relay protection, in main.cf and in smtpd services' overrides.</summary>
public class RelayRuleTests
{
    [Fact]
    public void PFX0006_relay_restrictions_without_a_stopping_restriction_are_refused()
    {
        var host = TestHosts.WithMainCf(new()
        {
            CompatibilityLevel = CompatibilityLevel.Level3_6,
            SmtpdRelayRestrictions = [PermitMynetworks, PermitSaslAuthenticated],
            SmtpdRecipientRestrictions = [RejectUnknownRecipientDomain],
        });

        var error = ValidationAssert.Single(host, ValidationRules.OpenRelay);

        ValidationAssert.NamesEverything(error, "main.cf", "smtpd_relay_restrictions/smtpd_recipient_restrictions",
            "permit_mynetworks, permit_sasl_authenticated, reject_unknown_recipient_domain", "reject_unauth_destination");
    }

    [Fact]
    public void PFX0006_below_compatibility_level_1_postfix_has_no_default_relay_restrictions()
    {
        ValidationAssert.Single(TestHosts.WithMainCf(new() { Myhostname = "mail.example.com" }), ValidationRules.OpenRelay);
        ValidationAssert.Single(TestHosts.WithMainCf(new() { CompatibilityLevel = CompatibilityLevel.Level0 }), ValidationRules.OpenRelay);
    }

    [Fact]
    public void From_compatibility_level_1_postfixs_default_relay_restrictions_protect() =>
        ValidationAssert.Valid(TestHosts.WithMainCf(new() { CompatibilityLevel = CompatibilityLevel.Level1 }));

    [Theory]
    [InlineData("reject_unauth_destination")]
    [InlineData("defer_unauth_destination")]
    [InlineData("reject")]
    [InlineData("defer")]
    [InlineData("defer_if_permit")]
    public void Each_restriction_postfix_accepts_as_relay_protection_passes_in_either_list(string name)
    {
        var stop = name switch
        {
            "reject_unauth_destination" => RejectUnauthDestination,
            "defer_unauth_destination" => DeferUnauthDestination,
            "reject" => Reject,
            "defer" => Defer,
            _ => DeferIfPermit,
        };
        ValidationAssert.Valid(TestHosts.WithMainCf(new() { SmtpdRelayRestrictions = [PermitMynetworks, stop] }));
        ValidationAssert.Valid(TestHosts.WithMainCf(new() { SmtpdRecipientRestrictions = [PermitMynetworks, stop] }));
    }

#pragma warning disable PFX0300, PFX0301, PFX0302 // the seed's obsolete form still counts for Postfix 3.7
    [Fact]
    public void The_seeds_check_relay_domains_still_counts_as_relay_protection_in_postfix_3_7() =>
        ValidationAssert.Valid(TestHosts.WithMainCf(new() { SmtpdRecipientRestrictions = [PermitMynetworks, CheckRelayDomains] }));
#pragma warning restore PFX0300, PFX0301, PFX0302

    [Fact]
    public void PFX0006_an_smtpd_service_whose_overrides_open_the_relay_is_refused()
    {
        var host = TestHosts.Minimal with
        {
            MasterCf = MasterCf.Stock.Add(new Service
            {
                Name = "submission", Type = ServiceType.Inet, Private = false, Command = "smtpd",
                Overrides = new() { SmtpdRelayRestrictions = [PermitSaslAuthenticated] },
            }),
        };

        var error = ValidationAssert.Single(host, ValidationRules.OpenRelay);

        Assert.Equal("master.cf", error.Artifact);
        Assert.StartsWith("service submission/inet -o", error.Location);
    }

    [Fact]
    public void An_smtpd_service_that_overrides_with_a_stop_passes() =>
        ValidationAssert.Valid(TestHosts.Minimal with
        {
            MasterCf = MasterCf.Stock.Add(new Service
            {
                Name = "submission", Type = ServiceType.Inet, Private = false, Command = "smtpd",
                Overrides = new() { SmtpdRelayRestrictions = [PermitSaslAuthenticated, Reject] },
            }),
        });
}
