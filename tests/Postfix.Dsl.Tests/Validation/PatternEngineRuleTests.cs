using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>PFX0308: patterns are compiled by the engine Postfix uses — POSIX regcomp for regexp:, PCRE2 for pcre:.</summary>
public class PatternEngineRuleTests
{
    private static MailHost WithPattern(TableType type, Pattern pattern) => TestHosts.Modern(new()
    {
        HeaderChecks = [new RegexpTable { FileName = "header_checks", Type = type, Rules = [new RegexpMatch(pattern, HeaderAction.Reject())] }],
    });

    [Theory]
    [InlineData("^To: (foo")]
    [InlineData("^Subject: [abc")]
    [InlineData("x{2,1}")]
    [InlineData("^From: (?=spam)")]
    public void PFX0308_a_pattern_regcomp_refuses_is_an_error(string pattern)
    {
        var error = ValidationAssert.Single(WithPattern(TableType.Regexp, pattern), ValidationRules.InvalidPattern);

        Assert.Equal("header_checks", error.Artifact);
        Assert.Equal(pattern, error.Value);
        Assert.StartsWith("does not compile as a POSIX regular expression (regcomp): ", error.Problem);
    }

    [Fact]
    public void PFX0308_a_lookahead_compiles_in_pcre_but_not_in_regexp()
    {
        ValidationAssert.Valid(WithPattern(TableType.Pcre, "^From: (?=spam)"));
        ValidationAssert.Single(WithPattern(TableType.Regexp, "^From: (?=spam)"), ValidationRules.InvalidPattern);
    }

    [Theory]
    [InlineData("^To: (foo")]
    [InlineData("(?<name")]
    [InlineData("a**")]
    public void PFX0308_a_pattern_pcre2_refuses_is_an_error_with_the_offset(string pattern)
    {
        var error = ValidationAssert.Single(WithPattern(TableType.Pcre, pattern), ValidationRules.InvalidPattern);

        Assert.StartsWith("does not compile as PCRE2: ", error.Problem);
        Assert.Contains(" at offset ", error.Problem);
    }

    [Fact]
    public void PFX0308_the_x_flag_switches_regexp_to_basic_syntax_where_a_lone_paren_is_literal() =>
        ValidationAssert.Valid(WithPattern(TableType.Regexp, new Pattern("^To: (foo") { Flags = PatternFlags.BasicSyntax }));

    [Theory]
    [InlineData("^postmaster@.*$")]
    [InlineData("^Subject: .*(viagra|casino)")]
    [InlineData("^Received: from [^ ]+ \\(\\[10\\.")]
    public void Valid_patterns_pass_in_both_engines(string pattern)
    {
        ValidationAssert.Valid(WithPattern(TableType.Regexp, pattern));
        ValidationAssert.Valid(WithPattern(TableType.Pcre, pattern));
    }
}
