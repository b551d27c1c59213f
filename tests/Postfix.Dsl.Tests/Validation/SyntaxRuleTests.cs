using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>PFX0019 invalid $ expressions, PFX0020 unclosed { groups: values every Postfix program chokes on.</summary>
public class SyntaxRuleTests
{
    // Each of these made postconf print "macro processing error" (checked with postconf 3.7.11).
    [Theory]
    [InlineData("Price: 5$", "lone '$'")]
    [InlineData("costs $ 5", "followed by ' '")]
    [InlineData("${mail_name", "unclosed '${'")]
    [InlineData("$(mail_name", "unclosed '$('")]
    [InlineData("${mail_name?{a}", "unclosed '${'")]
    [InlineData("${}", "without a parameter name")]
    [InlineData("${mail_name!x}", "'!' after the parameter name")]
    [InlineData("${mail_name?$}", "lone '$'")]
    public void PFX0019_a_dollar_that_is_not_a_reference_is_refused(string value, string problem)
    {
        var error = ValidationAssert.Single(TestHosts.Modern(new() { SmtpdBanner = value }), ValidationRules.InvalidMacro);

        ValidationAssert.NamesEverything(error, "main.cf", "smtpd_banner", value, "$$ for a literal dollar");
        Assert.Contains(problem, error.Problem);
    }

    [Theory]
    [InlineData("$$5 only")]
    [InlineData("$myhostname ESMTP ${mail_name}")]
    [InlineData("$(mail_name) $$$$")]
    [InlineData("${mail_name?{hello}:{bye}}")]
    [InlineData("${mail_name:$myhostname}")]
    [InlineData("${{$compatibility_level} <level {2} ? {a} : {b}}")]
    [InlineData("no dollar at all")]
    public void Valid_references_and_literal_dollars_pass(string value) =>
        ValidationAssert.Valid(TestHosts.Modern(new() { SmtpdBanner = value, Myhostname = "mail.example.com" }));

    [Fact]
    public void PFX0019_is_checked_in_list_items_too() =>
        ValidationAssert.Single(TestHosts.Modern(new() { Mydestination = ["localhost", "$"] }), ValidationRules.InvalidMacro);

    [Fact]
    public void Raw_parameters_are_not_expanded_so_their_dollars_are_not_checked() =>
        ValidationAssert.Valid(TestHosts.Modern(new() { SmtpdRejectFooter = "Call $ 5 or ${unclosed" }));

    [Fact]
    public void PFX0020_a_word_that_opens_a_group_must_close_it()
    {
        // postconf 3.7.11: warning: main.cf: missing '}' in "{b"
        var error = ValidationAssert.Single(TestHosts.Modern(new() { MailName = "a {b" }), ValidationRules.UnclosedGroup);

        ValidationAssert.NamesEverything(error, "main.cf", "mail_name", "a {b", "closed by a matching }");
    }

    [Theory]
    [InlineData("a{b")]
    [InlineData("x}y")]
    [InlineData("a {b} c")]
    [InlineData("{ a { b } }")]
    public void Braces_inside_words_and_closed_groups_pass(string value) =>
        ValidationAssert.Valid(TestHosts.Modern(new() { MailName = value }));
}
