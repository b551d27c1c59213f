using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>A NetworkTable in mynetworks: written with its reference, its networks checked, and none too wide to trust (PFX0007).</summary>
public class NetworkTableRuleTests
{
    private static readonly NetworkTable Offices = new() { FileName = "office_networks.cidr", Networks = ["10.20.0.0/16", "2001:db8:20::/48"] };

    private static MailHost With(NetworkTable table) => TestHosts.Modern(new() { DisableVrfyCommand = true, Mynetworks = ["127.0.0.0/8", table] });

    [Fact]
    public void The_table_is_written_and_referenced_from_mynetworks()
    {
        var rendered = PostfixDsl.Render(With(Offices));

        Assert.Empty(HostValidator.Diagnose(With(Offices)));
        Assert.Contains("mynetworks = 127.0.0.0/8, cidr:/etc/postfix/office_networks.cidr\n", rendered.File("main.cf"));
        Assert.EndsWith("10.20.0.0/16                    OK\n2001:db8:20::/48                OK\n", rendered.File("office_networks.cidr"));
        Assert.True(Offices.NeedsReload);
        Assert.Null(Offices.BuildCommand);
    }

    [Fact]
    public void PFX0007_a_network_in_the_table_too_wide_to_trust()
    {
        var error = ValidationAssert.Single(With(Offices with { Networks = ["10.20.0.0/16", "0.0.0.0/0"] }), ValidationRules.WideMynetworks);

        ValidationAssert.NamesEverything(error, "main.cf", "mynetworks", "0.0.0.0/0", "at most a /8");
        Assert.Contains("office_networks.cidr", error.Problem);
    }

    [Theory]
    [InlineData("10.20.0.0/33")]
    [InlineData("[2001:db8::]/32")]
    [InlineData("example.org")]
    public void PFX0002_a_network_cidr_table_cannot_read(string network) =>
        Assert.Equal(network, ValidationAssert.Single(With(Offices with { Networks = [network] }), ValidationRules.InvalidNetwork).Value);

    [Fact]
    public void PFX0024_a_network_twice() =>
        ValidationAssert.Single(With(Offices with { Networks = ["10.20.0.0/16", "10.20.0.0/16"] }), ValidationRules.DuplicateTableKey);
}
