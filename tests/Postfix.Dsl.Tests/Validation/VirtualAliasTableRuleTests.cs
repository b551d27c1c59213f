using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>A virtual(5) alias table, and the address classes its domains belong to (PFX0325).</summary>
public class VirtualAliasTableRuleTests
{
    private static VirtualAliasTable Table(params VirtualAliasEntry[] entries) => new() { FileName = "virtual", Entries = entries };

    [Fact]
    public void Every_key_kind_passes()
    {
        var host = TestHosts.Modern(new()
        {
            DisableVrfyCommand = true,
            VirtualAliasMaps = [Table(
                new(VirtualKey.Domain("example.net"), ["virtual"]),
                new("postmaster@example.net", ["admin@example.org"]),
                new(VirtualKey.CatchAll("example.net"), ["catchall@example.org"]),
                new(VirtualKey.User("root"), ["admin@example.org", "ops@example.org"]))],
        });

        Assert.Empty(HostValidator.Diagnose(host));
    }

    [Theory]
    [InlineData("postmaster@", "Address")]
    [InlineData("exa mple.net", "Domain")]
    [InlineData("exa_mple..net", "CatchAll")]
    public void PFX0015_a_key_of_the_wrong_form(string text, string kind)
    {
        var key = kind switch { "Address" => VirtualKey.Address(text), "Domain" => VirtualKey.Domain(text), _ => VirtualKey.CatchAll(text) };

        var error = ValidationAssert.Single(TestHosts.Modern(new() { DisableVrfyCommand = true, VirtualAliasMaps = [Table(new VirtualAliasEntry(key, ["a@example.org"]))] }), ValidationRules.InvalidAccessKey);

        Assert.Equal(key.Text, error.Value);
    }

    [Fact]
    public void PFX0016_an_address_that_would_read_as_two() =>
        Assert.Equal("a@example.org b@example.org", ValidationAssert.Single(
            TestHosts.Modern(new() { DisableVrfyCommand = true, VirtualAliasMaps = [Table(new VirtualAliasEntry("x@example.org", ["a@example.org b@example.org"]))] }),
            ValidationRules.Unwritable).Value);

    [Fact]
    public void PFX0325_a_domain_in_mydestination_and_virtual_mailbox_domains()
    {
        var error = ValidationAssert.Single(
            TestHosts.Modern(new() { DisableVrfyCommand = true, Mydestination = ["$myhostname", "localhost", "example.org"], VirtualMailboxDomains = ["example.org"] }),
            ValidationRules.DomainInTwoClasses);

        ValidationAssert.NamesEverything(error, "main.cf", "virtual_mailbox_domains", "example.org", "in one of mydestination");
        Assert.Contains("is also in mydestination", error.Problem);
    }

    [Fact]
    public void PFX0325_a_virtual_alias_domain_declared_by_the_table_and_relayed()
    {
        var host = TestHosts.Modern(new()
        {
            DisableVrfyCommand = true,
            RelayDomains = ["example.net"],
            VirtualAliasMaps = [Table(new(VirtualKey.Domain("Example.NET"), ["virtual"]), new("postmaster@example.net", ["admin@example.org"]))],
        });

        var error = ValidationAssert.Single(host, ValidationRules.DomainInTwoClasses);

        Assert.Equal(("relay_domains", "example.net"), (error.Location, error.Value));
        Assert.Contains("virtual_alias_domains", error.Problem);
    }

    [Fact]
    public void PFX0325_is_silent_for_references_and_distinct_domains() =>
        ValidationAssert.NoFinding(TestHosts.Modern(new()
        {
            DisableVrfyCommand = true,
            Mydestination = ["$myhostname", "localhost.$mydomain", "localhost"],
            RelayDomains = ["$mydestination", "example.net"],
            VirtualMailboxDomains = ["example.com", "hash:/etc/postfix/vdomains"],
        }), ValidationRules.DomainInTwoClasses);
}
