using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>PFX0004, PFX0005, PFX0009, PFX0010, PFX0012–PFX0015: rules of lookup tables.</summary>
public class TableRuleTests
{
    private static MailHost WithTable(LookupTable table) => TestHosts.Minimal with { Tables = [table] };

    private static AccessTable Access(AccessKey key, AccessAction action, TableType type = TableType.Hash) =>
        new() { FileName = "access", Type = type, Entries = [new(key, action)] };

    private static RegexpTable Regexp(Pattern pattern, TableType type = TableType.Regexp) =>
        new() { FileName = "header_checks", Type = type, Rules = [new RegexpMatch(pattern, HeaderAction.Reject())] };

    [Fact]
    public void PFX0004_whitespace_in_an_indexed_table_key_is_refused()
    {
        var error = ValidationAssert.Single(WithTable(Access(AccessKey.Address("john doe@example.com"), AccessAction.Reject())), ValidationRules.WhitespaceInKey);
        ValidationAssert.NamesEverything(error, "access", "key", "john doe@example.com", "without spaces");
    }

    [Fact]
    public void PFX0005_a_pattern_that_contains_its_delimiter_is_refused_with_a_delimiter_that_would_work()
    {
        var error = ValidationAssert.Single(WithTable(Regexp("^Received: from .*/localhost")), ValidationRules.DelimiterInPattern);
        ValidationAssert.NamesEverything(error, "header_checks", "pattern", "^Received: from .*/localhost", "Delimiter = '%'");
    }

    [Theory]
    [InlineData('a')]
    [InlineData('7')]
    [InlineData(' ')]
    [InlineData('#')] // the rule line would be a comment: found by postmap, which ignored such a rule
    [InlineData('!')] // would read as negation
    [InlineData('\\')]
    [InlineData('é')]
    public void PFX0005_some_characters_cannot_be_delimiters(char delimiter) =>
        ValidationAssert.Single(WithTable(Regexp(new Pattern("x") { Delimiter = delimiter })), ValidationRules.DelimiterInPattern);

    [Fact]
    public void Another_delimiter_makes_the_pattern_valid() =>
        ValidationAssert.Valid(WithTable(Regexp(new Pattern("^Received: from .*/localhost") { Delimiter = '%' })));

    [Fact]
    public void PFX0005_is_checked_inside_if_blocks_too() =>
        ValidationAssert.Single(
            WithTable(new RegexpTable { FileName = "checks", Rules = [new RegexpIf("^Subject:", [new RegexpMatch("a/b", HeaderAction.Warn())])] }),
            ValidationRules.DelimiterInPattern);

    [Fact]
    public void PFX0009_two_different_tables_with_one_file_name_are_refused()
    {
        var first = Access(AccessKey.Domain("a.org"), AccessAction.Ok);
        var second = Access(AccessKey.Domain("b.org"), AccessAction.Reject());
        var host = TestHosts.Minimal with
        {
            MainCf = TestHosts.Minimal.MainCf with { SmtpdClientRestrictions = [CheckClientAccess(first)], SmtpdSenderRestrictions = [CheckSenderAccess(second)] },
        };

        var error = ValidationAssert.Single(host, ValidationRules.TableFileConflict);
        ValidationAssert.NamesEverything(error, "access", "file name", "access", "one file name per table");
    }

    [Fact]
    public void One_table_referenced_twice_is_written_once()
    {
        var shared = Access(AccessKey.Domain("a.org"), AccessAction.Ok);
        var host = TestHosts.Minimal with
        {
            MainCf = TestHosts.Minimal.MainCf with { SmtpdClientRestrictions = [CheckClientAccess(shared)], SmtpdSenderRestrictions = [CheckSenderAccess(shared)] },
            Tables = [shared],
        };

        Assert.Single(PostfixDsl.Render(host).Files, f => f.Name == "access");
    }

    [Fact]
    public void PFX0009_a_table_cannot_replace_main_cf() =>
        ValidationAssert.Single(WithTable(Access(AccessKey.Domain("a.org"), AccessAction.Ok) with { FileName = "main.cf" }), ValidationRules.TableFileConflict);

    [Theory]
    [InlineData("../access")]
    [InlineData("sub/access")]
    [InlineData(".hidden")]
    public void PFX0010_a_table_file_name_must_be_a_plain_file_name(string name) =>
        ValidationAssert.Single(WithTable(Access(AccessKey.Domain("a.org"), AccessAction.Ok) with { FileName = name }), ValidationRules.InvalidFileName);

    [Theory]
    [InlineData("../neptune")]
    [InlineData("nep tune")]
    [InlineData("")]
    public void PFX0010_a_host_name_must_be_usable_as_a_folder_name(string name)
    {
        var error = ValidationAssert.Single(TestHosts.Minimal with { Name = name }, ValidationRules.InvalidFileName);
        Assert.Equal("name", error.Location);
    }

    [Fact]
    public void PFX0012_a_pcre_flag_in_a_regexp_table_is_refused()
    {
        var error = ValidationAssert.Single(WithTable(Regexp(new Pattern("x") { Flags = PatternFlags.Ungreedy })), ValidationRules.InvalidPatternFlag);
        Assert.Contains("Ungreedy", error.Problem);
    }

    [Fact]
    public void PFX0012_a_regexp_only_flag_in_a_pcre_table_is_refused() =>
        ValidationAssert.Single(WithTable(Regexp(new Pattern("x") { Flags = PatternFlags.BasicSyntax }, TableType.Pcre)), ValidationRules.InvalidPatternFlag);

    [Theory]
    [InlineData(250)]
    [InlineData(650)]
    [InlineData(55)]
    public void PFX0013_a_reply_code_must_be_4NN_or_5NN(int code)
    {
        var error = ValidationAssert.Single(WithTable(Access(AccessKey.Domain("a.org"), AccessAction.Reply(code, "text"))), ValidationRules.InvalidReplyCode);
        Assert.Contains("4NN", error.Expected);
    }

    [Fact]
    public void PFX0014_a_regexp_table_of_type_hash_is_refused() =>
        ValidationAssert.Single(WithTable(Regexp("x", TableType.Hash)), ValidationRules.InvalidTableType);

    [Fact]
    public void PFX0014_an_access_table_of_type_pcre_is_refused() =>
        ValidationAssert.Single(WithTable(Access(AccessKey.Domain("a.org"), AccessAction.Ok, TableType.Pcre)), ValidationRules.InvalidTableType);

    [Fact]
    public void PFX0014_network_keys_need_a_cidr_table_and_a_cidr_table_needs_network_keys()
    {
        ValidationAssert.Single(WithTable(Access(AccessKey.Cidr("10.0.0.0/8"), AccessAction.Ok)), ValidationRules.InvalidTableType);
        ValidationAssert.Single(WithTable(Access(AccessKey.Domain("a.org"), AccessAction.Ok, TableType.Cidr)), ValidationRules.InvalidTableType);
        ValidationAssert.Valid(WithTable(Access(AccessKey.Cidr("10.0.0.0/8"), AccessAction.Ok, TableType.Cidr)));
    }

    [Fact]
    public void PFX0002_an_invalid_cidr_key_is_refused() =>
        ValidationAssert.Single(WithTable(Access(AccessKey.Cidr("10.0.0.1/8"), AccessAction.Ok, TableType.Cidr)), ValidationRules.InvalidNetwork);

    [Theory]
    [InlineData("nobody")]
    [InlineData("@example.com")]
    [InlineData("user@bad_domain")]
    public void PFX0015_an_address_key_must_be_user_at_domain(string address)
    {
        var error = ValidationAssert.Single(WithTable(Access(AccessKey.Address(address), AccessAction.Reject())), ValidationRules.InvalidAccessKey);
        ValidationAssert.NamesEverything(error, "access", "key", address, "user@domain");
    }

    [Theory]
    [InlineData("192.168.0.0/24")]
    [InlineData("1.2.3.4.5")]
    [InlineData("256.1")]
    public void PFX0015_an_ip_prefix_key_has_1_to_4_octets_and_no_cidr(string prefix) =>
        ValidationAssert.Single(WithTable(Access(AccessKey.IpPrefix(prefix), AccessAction.Reject())), ValidationRules.InvalidAccessKey);

    [Fact]
    public void PFX0015_a_user_key_is_a_bare_local_part() =>
        ValidationAssert.Single(WithTable(Access(AccessKey.User("post@master"), AccessAction.Reject())), ValidationRules.InvalidAccessKey);

    [Fact]
    public void A_table_inside_an_access_action_is_generated_and_checked()
    {
        var inner = Access(AccessKey.Domain("bad domain"), AccessAction.Reject()) with { FileName = "inner" };
        var outer = Access(AccessKey.Domain("example.org"), AccessAction.Restrict(CheckSenderAccess(inner)));

        ValidationAssert.Single(WithTable(outer), ValidationRules.WhitespaceInKey);
    }
}
