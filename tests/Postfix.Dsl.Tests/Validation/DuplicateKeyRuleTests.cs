using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>PFX0024: a key written twice; postmap keeps the first entry (and warns), so the other never applies.</summary>
public class DuplicateKeyRuleTests
{
    private static MailHost WithTable(LookupTable table) => TestHosts.Minimal with { Tables = [table] };

    [Fact]
    public void PFX0024_a_key_written_twice_in_an_access_table_is_refused_at_the_second_entry()
    {
        var table = new AccessTable
        {
            FileName = "access",
            Entries =
            [
                new(AccessKey.Domain("spam.com"), AccessAction.Reject()),
                new(AccessKey.Address("valide@domain.com"), AccessAction.Ok),
                new(AccessKey.Domain("spam.com"), AccessAction.Ok),
            ],
        };

        var error = ValidationAssert.Single(WithTable(table), ValidationRules.DuplicateTableKey);

        ValidationAssert.NamesEverything(error, "access", "entry 3", "spam.com", "one entry per key");
        Assert.Contains("key of entry 1", error.Problem);
    }

    [Fact]
    public void PFX0024_keys_that_differ_only_in_case_are_the_same_key_because_postmap_folds_them()
    {
        var table = new AccessTable
        {
            FileName = "access",
            Entries = [new(AccessKey.Address("John@Example.com"), AccessAction.Ok), new(AccessKey.Address("john@example.com"), AccessAction.Reject())],
        };

        var error = ValidationAssert.Single(WithTable(table), ValidationRules.DuplicateTableKey);

        Assert.Equal("john@example.com", error.Value);
        Assert.Equal("entry 2", error.Location);
    }

    [Fact]
    public void PFX0024_every_repetition_is_reported_in_a_transport_table_too()
    {
        var route = TransportRoute.Relay(Nexthop.Host("mailstore.example.org"));
        var table = new TransportTable
        {
            FileName = "transport",
            Entries = [new(TransportKey.Domain("example.org"), route), new(TransportKey.Domain("example.org"), route), new(TransportKey.Domain("example.org"), TransportRoute.Smtp())],
        };

        var errors = HostValidator.Validate(WithTable(table));

        Assert.Equal(["entry 2", "entry 3"], System.Linq.Enumerable.Select(errors, e => e.Location));
        Assert.All(errors, e => Assert.Equal("PFX0024", e.Rule.Id));
    }

    [Fact]
    public void Distinct_keys_pass_including_a_domain_and_its_subdomains_which_are_two_keys()
    {
        var route = TransportRoute.Relay(Nexthop.Host("mailstore.example.org"));
        ValidationAssert.Valid(WithTable(new TransportTable
        {
            FileName = "transport",
            Entries = [new(TransportKey.Domain("example.org"), route), new(TransportKey.Subdomains("example.org"), route)],
        }));
        ValidationAssert.Valid(WithTable(new AccessTable
        {
            FileName = "access",
            Entries = [new(AccessKey.Domain("example.com"), AccessAction.Ok), new(AccessKey.User("example.com"), AccessAction.Reject())],
        }));
    }
}
