using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>PFX0002 networks, PFX0003 host names, PFX0007 wide mynetworks.</summary>
public class NetworkAndNameRuleTests
{
    [Theory]
    [InlineData("192.168.0.0/33", "prefix length outside 0..32")]
    [InlineData("300.1.2.0/24", "not an IP address")]
    [InlineData("192.168.0.1/24", "host bits set")]
    [InlineData("192.168/16", "not an IP address")]
    [InlineData("2001:db8::/32", "without the [ ]")]
    [InlineData("[192.168.0.0]/24", "brackets")]
    [InlineData("[2001:db8::]/129", "prefix length outside 0..128")]
    [InlineData("10.0.0.0/", "prefix length")]
    [InlineData("010.0.0.0/8", "leading zero")] // octal 8.0.0.0/8 to .NET; Postfix stops at it (bad net/mask pattern)
    [InlineData("192.168.000.7", "leading zero")] // a bare one never matches: Postfix compares it as text
    [InlineData("0x0a.0.0.0/8", "not an IP address")]
    [InlineData("[fe80::1%eth0]", "not an IP address")]
    public void PFX0002_an_invalid_network_in_mynetworks_is_refused(string network, string problem)
    {
        var error = ValidationAssert.Single(TestHosts.Modern(new() { Mynetworks = ["127.0.0.0/8", network] }), ValidationRules.InvalidNetwork);

        ValidationAssert.NamesEverything(error, "main.cf", "mynetworks", network, "192.168.0.0/24");
        Assert.Contains(problem, error.Problem);
    }

    [Fact]
    public void Valid_networks_addresses_references_and_tables_pass() =>
        ValidationAssert.Valid(TestHosts.Modern(new()
        {
            Mynetworks = ["127.0.0.0/8", "192.168.0.0/24", "10.1.2.3", "[::1]/128", "[2001:db8::]/32", "[fe80::1]", "!192.168.0.7", "$config_directory/mynetworks", "cidr:/etc/postfix/networks"],
        }));

    [Theory]
    [InlineData("0.0.0.0/0")]
    [InlineData("10.0.0.0/7")]
    [InlineData("[::]/0")]
    public void PFX0007_mynetworks_wider_than_slash_8_is_refused(string network)
    {
        var error = ValidationAssert.Single(TestHosts.Modern(new() { Mynetworks = [network] }), ValidationRules.WideMynetworks);
        ValidationAssert.NamesEverything(error, "main.cf", "mynetworks", network, "at most a /8");
    }

    [Fact]
    public void PFX0007_a_slash_8_is_still_accepted() =>
        ValidationAssert.Valid(TestHosts.Modern(new() { Mynetworks = ["10.0.0.0/8"] }));

    [Theory]
    [InlineData("neptune_galaxie.fr")]
    [InlineData("-neptune.galaxie.fr")]
    [InlineData("neptune..galaxie.fr")]
    [InlineData("neptune.galaxie.fr.")]
    [InlineData("nep tune.fr")]
    public void PFX0003_an_invalid_host_name_is_refused(string name)
    {
        var error = ValidationAssert.Single(TestHosts.Modern(new() { Myhostname = name }), ValidationRules.InvalidHostName);
        ValidationAssert.NamesEverything(error, "main.cf", "myhostname", name, "mail.example.com");
    }

    [Fact]
    public void PFX0003_applies_to_domains_domain_lists_and_dns_list_domains()
    {
        ValidationAssert.Single(TestHosts.Modern(new() { Mydomain = "galaxie..fr" }), ValidationRules.InvalidHostName);
        ValidationAssert.Single(TestHosts.Modern(new() { RelayDomains = ["domain.fr", "bad_domain.fr"] }), ValidationRules.InvalidHostName);
        var rbl = ValidationAssert.Single(TestHosts.Modern(new() { SmtpdClientRestrictions = [Restrictions.RejectRblClient("zen..spamhaus.org")] }), ValidationRules.InvalidHostName);
        Assert.Equal("smtpd_client_restrictions", rbl.Location);
    }

    [Fact]
    public void Host_names_with_expressions_subdomain_dots_and_dns_list_replies_pass() =>
        ValidationAssert.Valid(TestHosts.Modern(new()
        {
            Myhostname = "mail.$mydomain",
            RelayDomains = [".domain.fr", "domain.fr", "hash:/etc/postfix/relay_domains"],
            SmtpdClientRestrictions = [Restrictions.RejectRblClient("zen.spamhaus.org=127.0.0.[2..11]")],
        }));
}
