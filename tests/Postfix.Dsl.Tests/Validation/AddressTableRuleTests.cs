using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>canonical(5)/generic(5), relocated(5) and sender login tables: the keys each accepts and their values.</summary>
public class AddressTableRuleTests
{
    [Fact]
    public void Every_key_kind_and_value_form_passes()
    {
        var host = TestHosts.Modern(new()
        {
            DisableVrfyCommand = true,
            SenderCanonicalMaps = [new CanonicalTable { FileName = "sender_canonical", Entries = [new("alice@example.org", "alice.smith@example.org"), new(AddressKey.Domain("old.example.org"), "@example.org")] }],
            SmtpGenericMaps = [new CanonicalTable { FileName = "generic", Entries = [new(AddressKey.User("root"), "admin@example.org")] }],
            RelocatedMaps = [new RelocatedTable { FileName = "relocated", Entries = [new("carol@example.org", "Carol has left; write to sales@example.org")] }],
            SmtpdSenderLoginMaps = [new SenderLoginTable { FileName = "sender_logins", Entries = [new(AddressKey.Domain("example.org"), ["alice", "bob"])] }],
        });

        Assert.Empty(HostValidator.Diagnose(host));
    }

    [Fact]
    public void PFX0003_a_sender_relay_host_that_is_not_a_host_name() =>
        Assert.Equal("smtp..example.net", ValidationAssert.Single(
            TestHosts.Modern(new()
            {
                DisableVrfyCommand = true,
                SenderDependentRelayhostMaps = [new SenderRelayhostTable { FileName = "sender_relayhosts", Entries = [new(AddressKey.Domain("example.net"), Nexthop.Host("smtp..example.net", 587))] }],
            }),
            ValidationRules.InvalidHostName).Value);

    [Fact]
    public void PFX0016_a_bcc_address_that_would_read_as_two() =>
        ValidationAssert.Single(
            TestHosts.Modern(new() { DisableVrfyCommand = true, SenderBccMaps = [new BccTable { FileName = "sender_bcc", Entries = [new("a@example.org", "b@example.org c@example.org")] }] }),
            ValidationRules.Unwritable);

    [Theory]
    [InlineData("alice@")]
    [InlineData("@")]
    public void PFX0015_a_key_of_the_wrong_form(string key) =>
        Assert.Equal(key, ValidationAssert.Single(
            TestHosts.Modern(new() { DisableVrfyCommand = true, CanonicalMaps = [new CanonicalTable { FileName = "canonical", Entries = [new(AddressKey.Address(key), "x@example.org")] }] }),
            ValidationRules.InvalidAccessKey).Value);

    [Fact]
    public void PFX0016_a_login_that_would_read_as_two()
    {
        var error = ValidationAssert.Single(
            TestHosts.Modern(new() { DisableVrfyCommand = true, SmtpdSenderLoginMaps = [new SenderLoginTable { FileName = "sender_logins", Entries = [new("a@example.org", ["alice bob"])] }] }),
            ValidationRules.Unwritable);

        ValidationAssert.NamesEverything(error, "sender_logins", "key a@example.org", "alice bob", "without blanks or ','");
    }

    [Fact]
    public void PFX0016_a_relocation_with_blanks_at_its_ends() =>
        ValidationAssert.Single(
            TestHosts.Modern(new() { DisableVrfyCommand = true, RelocatedMaps = [new RelocatedTable { FileName = "relocated", Entries = [new("a@example.org", " b@example.org")] }] }),
            ValidationRules.Unwritable);
}
