using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>cidr tables answer with the first matching network: PFX0323 for entries an earlier one hides.</summary>
public class CidrTableRuleTests
{
    private static MailHost With(params AccessEntry[] entries) => TestHosts.Modern(new()
    {
        DisableVrfyCommand = true,
        SmtpdClientRestrictions = [CheckClientAccess(new AccessTable { FileName = "clients.cidr", Type = TableType.Cidr, Entries = entries })],
    });

    [Theory]
    [InlineData("192.0.2.0/24", "192.0.2.10/32")]
    [InlineData("192.0.2.0/24", "192.0.2.128/25")]
    [InlineData("192.0.2.0/24", "192.0.2.0/24")]
    [InlineData("0.0.0.0/0", "198.51.100.7")]
    [InlineData("2001:db8::/32", "2001:db8:1::/48")]
    [InlineData("2001:db8::/32", "2001:db8::1")]
    public void PFX0323_an_entry_inside_an_earlier_network(string wider, string narrower)
    {
        var finding = ValidationAssert.SingleFinding(
            With(new(AccessKey.Cidr(wider), AccessAction.Reject()), new(AccessKey.Cidr(narrower), AccessAction.Ok)),
            ValidationRules.ShadowedCidrEntry);

        ValidationAssert.NamesEverything(finding, "clients.cidr", "key " + narrower, narrower, "the narrower network before the wider one");
        Assert.Contains($"lies inside {wider}", finding.Problem);
        Assert.Contains("OK is never returned", finding.Problem);
    }

    [Theory]
    [InlineData("192.0.2.10/32", "192.0.2.0/24")]
    [InlineData("192.0.2.0/25", "192.0.2.128/25")]
    [InlineData("192.0.2.0/24", "2001:db8::/32")]
    [InlineData("0.0.0.0/0", "::/0")]
    [InlineData("192.0.2.0/24", "192.0.3.0/24")]
    public void PFX0323_is_silent_when_the_narrower_comes_first_or_the_networks_do_not_nest(string first, string second) =>
        ValidationAssert.NoFinding(
            With(new(AccessKey.Cidr(first), AccessAction.Ok), new(AccessKey.Cidr(second), AccessAction.Reject())),
            ValidationRules.ShadowedCidrEntry);
}
