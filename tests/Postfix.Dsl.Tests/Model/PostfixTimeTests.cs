using System;
using Xunit;

namespace Postfix.Dsl.Tests.Model;

public class PostfixTimeTests
{
    [Theory]
    [InlineData(90, "90s")]
    [InlineData(120, "2m")]
    [InlineData(5400, "90m")]
    [InlineData(7200, "2h")]
    [InlineData(172800, "2d")]
    [InlineData(1209600, "2w")]
    [InlineData(0, "0s")]
    public void From_a_timespan_uses_the_largest_exact_unit_and_never_two_units(int seconds, string expected) =>
        Assert.Equal(expected, PostfixTime.From(TimeSpan.FromSeconds(seconds)).ToString());

    [Fact]
    public void A_bare_number_is_written_without_a_unit_and_is_not_the_same_value_as_one_with_a_unit()
    {
        Assert.Equal("1200", PostfixTime.Bare(1200).ToString());
        Assert.Null(PostfixTime.Bare(1200).Unit);
        Assert.NotEqual(PostfixTime.Seconds(1200), PostfixTime.Bare(1200));
    }

    [Fact]
    public void A_bare_number_stays_bare_in_main_cf_and_in_a_master_cf_override()
    {
        var host = TestHosts.WithMainCf(TestHosts.Minimal.MainCf with { SmtpdTimeout = PostfixTime.Bare(300) }) with
        {
            MasterCf = MasterCf.Stock.Change("smtp", ServiceType.Inet, s => s with { Overrides = new() { SmtpdTimeout = PostfixTime.Bare(1200) } }),
        };

        var rendered = PostfixDsl.Render(host);

        Assert.Contains("smtpd_timeout = 300", rendered.File("main.cf").Split('\n'));
        Assert.Contains("  -o smtpd_timeout=1200", rendered.File("master.cf").Split('\n'));
    }

    [Fact]
    public void Factories_write_their_unit_letter()
    {
        Assert.Equal("30s", PostfixTime.Seconds(30).ToString());
        Assert.Equal("5m", PostfixTime.Minutes(5).ToString());
        Assert.Equal("4h", PostfixTime.Hours(4).ToString());
        Assert.Equal("5d", PostfixTime.Days(5).ToString());
        Assert.Equal("1w", PostfixTime.Weeks(1).ToString());
    }

    [Fact]
    public void Negative_and_fractional_times_cannot_be_made()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PostfixTime.Seconds(-1));
        Assert.Throws<ArgumentException>(() => PostfixTime.From(TimeSpan.FromMilliseconds(1500)));
    }

    [Fact]
    public void Wakeup_writes_the_question_mark_for_once_used()
    {
        Assert.Equal("60", Wakeup.Every(60).ToString());
        Assert.Equal("1000?", Wakeup.EveryOnceUsed(1000).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => Wakeup.Every(0));
    }
}
