using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>PFX0001 control characters, PFX0011 whitespace, PFX0016 unwritable values.</summary>
public class ValueRuleTests
{
    [Fact]
    public void PFX0001_a_newline_in_a_value_is_refused_because_it_would_add_a_line()
    {
        var error = ValidationAssert.Single(TestHosts.Modern(new() { SmtpdBanner = "$myhostname ESMTP\nrelayhost = evil.example" }), ValidationRules.ControlCharacter);

        ValidationAssert.NamesEverything(error, "main.cf", "smtpd_banner", "$myhostname ESMTP\nrelayhost = evil.example", "without control characters");
        Assert.Contains("a newline (U+000A) at position 17", error.Problem);
        Assert.Contains("\"$myhostname ESMTP\\nrelayhost = evil.example\"", error.Message);
        Assert.DoesNotContain("\n", error.Message);
    }

    [Theory]
    [InlineData("a\rb")]
    [InlineData("a\tb")]
    [InlineData("a\u0000b")]
    [InlineData("a\u001bb")]
    [InlineData("a\u2028b")]
    public void PFX0001_other_control_characters_are_refused_too(string value) =>
        ValidationAssert.Single(TestHosts.Modern(new() { MailName = value }), ValidationRules.ControlCharacter);

    [Fact]
    public void PFX0001_applies_to_list_items_restriction_arguments_table_keys_service_arguments_and_log_paths()
    {
        var bad = "x\ny";
        ValidationAssert.Single(TestHosts.Modern(new() { Mydestination = ["example.com", bad] }), ValidationRules.ControlCharacter);
        ValidationAssert.Single(TestHosts.Modern(new() { SmtpdClientRestrictions = [Restrictions.CheckPolicyService(bad)] }), ValidationRules.ControlCharacter);
        ValidationAssert.Single(TestHosts.Minimal with { Tables = [new AccessTable { FileName = "a", Entries = [new(AccessKey.Domain(bad), AccessAction.Ok)] }] }, ValidationRules.ControlCharacter);
        ValidationAssert.Single(TestHosts.Minimal with { Tables = [new AccessTable { FileName = "a", Entries = [new(AccessKey.Domain("x.org"), AccessAction.Reject(bad))] }] }, ValidationRules.ControlCharacter);
        ValidationAssert.Single(TestHosts.Minimal with { MasterCf = MasterCf.Stock.Add(new Service { Name = "x", Type = ServiceType.Unix, Command = "pipe", Arguments = [bad] }) }, ValidationRules.ControlCharacter);
        ValidationAssert.Single(TestHosts.Minimal with { MasterCf = MasterCf.Stock.Change("relay", ServiceType.Unix, s => s with { Overrides = new() { SyslogName = bad } }) }, ValidationRules.ControlCharacter);
        ValidationAssert.Single(TestHosts.Minimal with { SyslogConf = new() { Rules = [new() { Selectors = [SyslogSelector.Of(SyslogFacility.Mail, SyslogPriority.Info)], File = "/var/log/" + bad }] } }, ValidationRules.ControlCharacter);
    }

    [Fact]
    public void PFX0001_in_a_regexp_pattern_or_action_is_refused()
    {
        static MailHost Host(RegexpRule rule) => TestHosts.Minimal with { Tables = [new RegexpTable { FileName = "checks", Rules = [rule] }] };
        ValidationAssert.Single(Host(new RegexpMatch("^To:\n", HeaderAction.Reject())), ValidationRules.ControlCharacter);
        ValidationAssert.Single(Host(new RegexpMatch("^To:", HeaderAction.Reject("no\nway"))), ValidationRules.ControlCharacter);
    }

    [Fact]
    public void PFX0011_surrounding_whitespace_that_postfix_would_strip_is_refused()
    {
        var error = ValidationAssert.Single(TestHosts.Modern(new() { MailName = "Microsoft Exchange " }), ValidationRules.SurroundingWhitespace);
        ValidationAssert.NamesEverything(error, "main.cf", "mail_name", "Microsoft Exchange ", "without leading or trailing whitespace");
    }

    [Fact]
    public void PFX0011_an_empty_list_item_is_refused_because_postfix_would_drop_it() =>
        ValidationAssert.Single(TestHosts.Modern(new() { Mydestination = ["example.com", ""] }), ValidationRules.SurroundingWhitespace);

    [Fact]
    public void PFX0016_an_item_that_needs_braces_cannot_hold_braces() =>
        ValidationAssert.Single(TestHosts.Modern(new() { InetInterfaces = ["a }b"] }), ValidationRules.Unwritable);

    [Fact]
    public void PFX0016_an_external_table_must_be_a_type_colon_name_reference()
    {
        var error = ValidationAssert.Single(TestHosts.Modern(new() { AliasMaps = ["/etc/aliases"] }), ValidationRules.Unwritable);
        ValidationAssert.NamesEverything(error, "main.cf", "alias_maps", "/etc/aliases", "hash:/etc/aliases");
    }

    [Fact]
    public void PFX0016_a_syslog_destination_must_be_an_absolute_path() =>
        ValidationAssert.Single(
            TestHosts.Minimal with { SyslogConf = new() { Rules = [new() { Selectors = [SyslogSelector.Of(SyslogFacility.Mail, SyslogPriority.Info)], File = "mail.log" }] } },
            ValidationRules.Unwritable);

    [Fact]
    public void Values_with_dollar_expressions_hash_signs_unicode_and_inner_spaces_are_fine() =>
        ValidationAssert.Valid(TestHosts.Modern(new()
        {
            SmtpdBanner = "$myhostname ESMTP ${mail_name} # not a comment",
            MailName = "Télécom Mail ✉",
            Mydestination = ["$myhostname", "localhost.$mydomain"],
        }));
}
