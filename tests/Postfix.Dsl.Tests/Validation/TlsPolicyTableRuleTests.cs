using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>A TLS policy table's keys and attributes, checked before anything is written.</summary>
public class TlsPolicyTableRuleTests
{
    private static MailHost With(params TlsPolicyEntry[] entries) =>
        TestHosts.Modern(new() { DisableVrfyCommand = true, SmtpTlsPolicyMaps = [new TlsPolicyTable { FileName = "tls_policy", Entries = entries }] });

    [Fact]
    public void A_valid_table_passes() =>
        ValidationAssert.Valid(With(new TlsPolicyEntry(TlsPolicyDestination.For("example.com"), new TlsPolicy(SmtpTlsSecurityLevel.Secure) { Match = [".example.com"] })));

    [Fact]
    public void PFX0003_a_destination_that_is_not_a_domain()
    {
        var error = ValidationAssert.Single(With(new TlsPolicyEntry(TlsPolicyDestination.For("example..com"), new TlsPolicy(SmtpTlsSecurityLevel.Encrypt))), ValidationRules.InvalidHostName);

        ValidationAssert.NamesEverything(error, "tls_policy", "key example..com", "example..com", "example.com");
    }

    [Fact]
    public void PFX0016_match_at_a_level_that_does_not_read_it()
    {
        var error = ValidationAssert.Single(With(new TlsPolicyEntry(TlsPolicyDestination.For("example.com"), new TlsPolicy(SmtpTlsSecurityLevel.Encrypt) { Match = ["nexthop"] })), ValidationRules.Unwritable);

        ValidationAssert.NamesEverything(error, "tls_policy", "key example.com", "match=nexthop", "fingerprint, verify or secure");
        Assert.Contains("ignored at level encrypt", error.Problem);
    }

    [Fact]
    public void PFX0016_an_attribute_word_with_a_blank_or_colon()
    {
        var error = ValidationAssert.Single(With(new TlsPolicyEntry(TlsPolicyDestination.For("example.com"), new TlsPolicy(SmtpTlsSecurityLevel.Verify) { Match = ["host name"] })), ValidationRules.Unwritable);

        Assert.Equal("host name", error.Value);
    }

    [Fact]
    public void PFX0024_a_destination_listed_twice() =>
        ValidationAssert.Single(With(
            new(TlsPolicyDestination.For("example.com"), new TlsPolicy(SmtpTlsSecurityLevel.Encrypt)),
            new(TlsPolicyDestination.For("example.com"), new TlsPolicy(SmtpTlsSecurityLevel.Secure))), ValidationRules.DuplicateTableKey);
}
