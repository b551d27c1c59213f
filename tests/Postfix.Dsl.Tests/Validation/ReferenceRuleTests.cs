using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>PFX0018: circles of $name references.</summary>
public class ReferenceRuleTests
{
    [Fact]
    public void PFX0018_two_parameters_referring_to_each_other_are_refused_once_with_the_whole_circle()
    {
        var error = ValidationAssert.Single(TestHosts.Modern(new() { Myhostname = "mail.$mydomain", Mydomain = "${myhostname}" }), ValidationRules.CircularReference);

        ValidationAssert.NamesEverything(error, "main.cf", "mydomain", "mydomain -> myhostname -> mydomain", "does not refer back");
    }

    [Fact]
    public void PFX0018_a_parameter_referring_to_itself_is_refused() =>
        ValidationAssert.Single(TestHosts.Modern(new() { MailName = "$(mail_name) mail" }), ValidationRules.CircularReference);

    [Fact]
    public void PFX0018_follows_references_through_lists_and_conditional_forms() =>
        ValidationAssert.Single(
            TestHosts.Modern(new() { Mydestination = ["localhost", "${myorigin?$myorigin}"], Myorigin = "$mydestination" }),
            ValidationRules.CircularReference);

    [Fact]
    public void Chains_that_end_in_a_value_literal_dollars_and_raw_parameters_pass() =>
        ValidationAssert.Valid(TestHosts.Modern(new()
        {
            Myhostname = "mail.$mydomain",
            Mydomain = "example.com",
            Myorigin = "$myhostname",
            MailName = "$$mail_name costs $$5",
            SmtpdRejectFooter = "$smtpd_reject_footer is raw, never expanded when read",
        }));

    [Theory]
    [InlineData("$myhostname", "myhostname")]
    [InlineData("mail.$mydomain.", "mydomain")]
    [InlineData("${mail_name}x", "mail_name")]
    [InlineData("$(queue_directory)/x", "queue_directory")]
    [InlineData("${myorigin?{$myorigin}:localhost}", "myorigin,myorigin")]
    [InlineData("$$myhostname", "")]
    [InlineData("cost: 5$", "")]
    [InlineData("$myhostnameX", "myhostnameX")]
    public void References_are_read_as_postfix_reads_them(string value, string expected) =>
        Assert.Equal(expected, string.Join(",", ParameterReferences.In(value)));
}
