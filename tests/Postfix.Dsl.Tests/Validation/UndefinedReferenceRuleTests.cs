using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>PFX0021: $name references to parameters that do not exist (postconf warns "undefined parameter").</summary>
public class UndefinedReferenceRuleTests
{
    [Fact]
    public void PFX0021_a_name_that_runs_on_is_refused_with_the_braced_form_suggested()
    {
        // Found by the property test: "$myhostname" followed by a letter names another parameter.
        var error = ValidationAssert.Single(TestHosts.Modern(new() { SmtpdBanner = "$myhostnameX ESMTP" }), ValidationRules.UndefinedReference);

        ValidationAssert.NamesEverything(error, "main.cf", "smtpd_banner", "$myhostnameX ESMTP", "${myhostname}X");
        Assert.Contains("$myhostnameX", error.Problem);
    }

    [Fact]
    public void PFX0021_a_typo_is_refused() =>
        ValidationAssert.Single(TestHosts.Modern(new() { Myorigin = "$mydomian" }), ValidationRules.UndefinedReference);

    [Fact]
    public void PFX0021_applies_to_master_cf_overrides()
    {
        var host = TestHosts.Minimal with
        {
            MasterCf = MasterCf.Stock.Change("relay", ServiceType.Unix, s => s with { Overrides = new() { SyslogName = "postfix/$servce_name" } }),
        };

        var error = ValidationAssert.Single(host, ValidationRules.UndefinedReference);
        Assert.Equal("master.cf", error.Artifact);
    }

    [Fact]
    public void Built_in_per_service_unlisted_and_restriction_class_names_are_defined() =>
        ValidationAssert.Valid(TestHosts.Minimal with
        {
            MainCf = TestHosts.Minimal.MainCf with
            {
                SmtpdBanner = "${myhostname} ESMTP $mail_name ${mail_version?}",
                Myorigin = "$mydomain",
                DefaultDestinationConcurrencyLimit = 10,
                Unlisted = [new UnlistedParameter("local_policy", "check_sender_access hash:/etc/postfix/x") { Intended = true }],
                SmtpdRestrictionClasses = ["strict"],
                NotifyClasses = ["$strict", "$local_policy", "${relay_destination_concurrency_limit}"],
            },
            MasterCf = MasterCf.Stock.Change("relay", ServiceType.Unix, s => s with { Overrides = new() { SyslogName = "postfix/$service_name", SmtpdBanner = "$syslog_name" } }),
        });

    [Fact]
    public void Raw_parameters_keep_their_per_message_macros() =>
        ValidationAssert.Valid(TestHosts.Modern(new() { SmtpdRejectFooter = "Contact $postmaster_address about $client_address" }));
}
