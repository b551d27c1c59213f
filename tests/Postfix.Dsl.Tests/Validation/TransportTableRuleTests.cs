using System.Net;
using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>The rules of a transport(5) table: PFX0023 and the table rules it shares (PFX0001, PFX0003, PFX0004, PFX0011, PFX0014, PFX0015).</summary>
public class TransportTableRuleTests
{
    private static MailHost Routing(TransportKey key, TransportRoute route, TableType type = TableType.Hash, MasterCf? masterCf = null) =>
        TestHosts.Minimal with
        {
            MainCf = TestHosts.Minimal.MainCf with { TransportMaps = [new TransportTable { FileName = "transport", Type = type, Entries = [new(key, route)] }] },
            MasterCf = masterCf ?? MasterCf.Stock,
        };

    private static MailHost Routing(TransportRoute route) => Routing(TransportKey.Domain("example.org"), route);

    [Fact]
    public void PFX0023_a_route_through_a_service_that_master_cf_lacks_is_refused()
    {
        var error = ValidationAssert.Single(Routing(TransportRoute.Via("mailstore", Nexthop.Host("mailstore.example.org"))), ValidationRules.UnknownTransport);
        ValidationAssert.NamesEverything(error, "transport", "key example.org", "mailstore", "unix service in master.cf");
        Assert.Contains("private/mailstore", error.Problem);
    }

    [Fact]
    public void PFX0023_only_a_unix_service_is_a_transport()
    {
        var inetOnly = new MasterCf { Services = [new Service { Name = "smtp", Type = ServiceType.Inet, Private = false, Command = "smtpd" }] };
        ValidationAssert.Single(Routing(TransportKey.Domain("example.org"), TransportRoute.Smtp(), masterCf: inetOnly), ValidationRules.UnknownTransport);
    }

    [Fact]
    public void PFX0023_error_and_retry_need_their_services_too() =>
        ValidationAssert.Single(
            Routing(TransportKey.Domain("example.org"), TransportRoute.Error("5.1.2 gone"), masterCf: MasterCf.Stock.Remove("error", ServiceType.Unix)),
            ValidationRules.UnknownTransport);

    [Fact]
    public void PFX0023_is_silent_for_stock_services_added_services_and_the_default_transport()
    {
        ValidationAssert.Valid(Routing(TransportRoute.Relay(Nexthop.Host("mailstore.example.org", 25))));
        ValidationAssert.Valid(Routing(TransportRoute.Retry("4.3.2 migration")));
        ValidationAssert.Valid(Routing(TransportRoute.To(Nexthop.Mx("example.net"))));
        ValidationAssert.Valid(Routing(TransportRoute.Unchanged));
        ValidationAssert.Valid(Routing(TransportKey.Wildcard, TransportRoute.Via("slow"),
            masterCf: MasterCf.Stock.Add(new Service { Name = "slow", Type = ServiceType.Unix, Command = "smtp" })));
    }

    [Theory]
    [InlineData("mail..example.org")]
    [InlineData("$relayhost")]
    [InlineData("-mail.example.org")]
    public void PFX0003_a_next_hop_must_be_a_host_name(string name)
    {
        var error = ValidationAssert.Single(Routing(TransportRoute.Smtp(Nexthop.Host(name))), ValidationRules.InvalidHostName);
        ValidationAssert.NamesEverything(error, "transport", "key example.org", name, "mailstore.example.org");
    }

    [Fact]
    public void PFX0003_says_that_a_transport_table_result_is_not_expanded() =>
        Assert.Contains("not $-expanded", ValidationAssert.Single(Routing(TransportRoute.Smtp(Nexthop.Mx("$mydomain"))), ValidationRules.InvalidHostName).Problem);

    [Theory]
    [InlineData(0)]
    [InlineData(65536)]
    public void A_port_outside_1_to_65535_cannot_be_written(int port) =>
        Assert.Throws<System.ArgumentOutOfRangeException>(() => Nexthop.Address(IPAddress.Loopback, port));

    [Theory]
    [InlineData("user@")]
    [InlineData("nobody")]
    [InlineData("user@bad_domain")]
    public void PFX0015_an_address_key_must_be_user_at_domain(string address)
    {
        var error = ValidationAssert.Single(Routing(TransportKey.Address(address), TransportRoute.Smtp()), ValidationRules.InvalidAccessKey);
        ValidationAssert.NamesEverything(error, "transport", "key", address, "no user@ key");
    }

    [Fact]
    public void PFX0015_a_domain_key_is_a_domain_name_and_subdomains_are_given_without_their_dot()
    {
        Assert.Contains("TransportKey.Subdomains", ValidationAssert.Single(Routing(TransportKey.Domain(".example.org"), TransportRoute.Smtp()), ValidationRules.InvalidAccessKey).Expected);
        ValidationAssert.Single(Routing(TransportKey.Subdomains(".example.org"), TransportRoute.Smtp()), ValidationRules.InvalidAccessKey);
        ValidationAssert.Valid(Routing(TransportKey.Subdomains("example.org"), TransportRoute.Smtp()));
    }

    [Fact]
    public void PFX0004_whitespace_in_a_transport_key_is_refused() =>
        ValidationAssert.NamesEverything(
            ValidationAssert.Single(Routing(TransportKey.Address("john doe@example.org"), TransportRoute.Smtp()), ValidationRules.WhitespaceInKey),
            "transport", "key", "john doe@example.org", "without spaces");

    [Fact]
    public void PFX0001_a_newline_in_an_error_text_is_refused() =>
        ValidationAssert.Single(Routing(TransportRoute.Error("5.1.2 gone\n* smtp:evil.example")), ValidationRules.ControlCharacter);

    [Theory]
    [InlineData("")]
    [InlineData(" 5.1.2 gone")]
    public void PFX0011_an_error_text_is_a_reason_without_surrounding_whitespace(string text) =>
        ValidationAssert.Single(Routing(TransportRoute.Error(text)), ValidationRules.SurroundingWhitespace);

    [Theory]
    [InlineData(TableType.Regexp)]
    [InlineData(TableType.Pcre)]
    [InlineData(TableType.Cidr)]
    public void PFX0014_a_transport_table_holds_literal_keys(TableType type) =>
        ValidationAssert.Single(Routing(TransportKey.Domain("example.org"), TransportRoute.Smtp(), type), ValidationRules.InvalidTableType);

    [Theory]
    [InlineData(TableType.Lmdb)]
    [InlineData(TableType.Cdb)]
    [InlineData(TableType.Texthash)]
    public void Every_literal_key_table_type_can_hold_a_transport_table(TableType type) =>
        ValidationAssert.Valid(Routing(TransportKey.Domain("example.org"), TransportRoute.Smtp(), type));
}
