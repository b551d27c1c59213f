using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>
/// PFX0023 for parameters whose value is <c>transport:nexthop</c> (catalog type <c>transport</c>), in
/// main.cf and in master.cf <c>-o</c> overrides: the transport must be a unix service of the host's master.cf.
/// </summary>
public class DeliveryTransportRuleTests
{
    private static MailHost With(Parameters mainCf, MasterCf? masterCf = null) =>
        TestHosts.Minimal with { MainCf = mainCf with { CompatibilityLevel = CompatibilityLevel.Level3_6 }, MasterCf = masterCf ?? MasterCf.Stock };

    private static readonly Service Amavis = new() { Name = "amavis", Type = ServiceType.Unix, Command = "smtp" };

    [Fact]
    public void The_parameters_that_name_a_transport_are_those_postconf_5_documents_as_transport_nexthop() =>
        Assert.Equal(
            [
                "address_verify_default_transport", "address_verify_local_transport", "address_verify_relay_transport",
                "address_verify_virtual_transport", "best_mx_transport", "content_filter", "default_transport",
                "fallback_transport", "local_transport", "mailbox_transport", "relay_transport", "virtual_transport",
            ],
            ParameterCatalog.All.Where(d => d.Kind == ParameterKind.Transport).Select(d => d.Name).Order());

    [Fact]
    public void PFX0023_a_default_transport_that_master_cf_lacks_is_refused()
    {
        var error = ValidationAssert.Single(With(new() { DefaultTransport = "mailstore" }), ValidationRules.UnknownTransport);
        ValidationAssert.NamesEverything(error, "main.cf", "default_transport", "mailstore", "unix service in master.cf");
        Assert.Contains("private/mailstore", error.Problem);
    }

    [Fact]
    public void PFX0023_a_content_filter_is_checked_by_its_transport_and_reported_with_its_whole_value()
    {
        var error = ValidationAssert.Single(With(new() { ContentFilter = "amavis:[127.0.0.1]:10024" }), ValidationRules.UnknownTransport);
        ValidationAssert.NamesEverything(error, "main.cf", "content_filter", "amavis:[127.0.0.1]:10024", "transport:nexthop");
        Assert.Contains("names the transport amavis", error.Problem);
        Assert.Contains("private/amavis", error.Problem);
    }

    [Fact]
    public void PFX0023_a_master_cf_override_is_checked_too()
    {
        var masterCf = MasterCf.Stock.Change("smtp", ServiceType.Inet, s => s with { Overrides = s.Overrides with { ContentFilter = "amavis:[127.0.0.1]:10024" } });
        var error = ValidationAssert.Single(With(new(), masterCf), ValidationRules.UnknownTransport);
        ValidationAssert.NamesEverything(error, "master.cf", "service smtp/inet -o content_filter", "amavis:[127.0.0.1]:10024", "unix service in master.cf");
    }

    [Fact]
    public void PFX0023_every_transport_parameter_is_checked()
    {
        var host = With(new()
        {
            RelayTransport = "relay2", LocalTransport = "dovecot:$myhostname", VirtualTransport = "dovecot", MailboxTransport = "cyrus",
            FallbackTransport = "cyrus", BestMxTransport = "loopback", AddressVerifyDefaultTransport = "probe",
        });
        Assert.Equal(7, HostValidator.Validate(host).Count(e => e.Rule == ValidationRules.UnknownTransport));
    }

    [Fact]
    public void PFX0023_only_a_unix_service_is_a_transport() =>
        ValidationAssert.Single(
            With(new() { ContentFilter = "amavis:[127.0.0.1]:10024" }, MasterCf.Stock.Add(Amavis with { Type = ServiceType.Pass })),
            ValidationRules.UnknownTransport);

    [Theory]
    [InlineData("smtp")]
    [InlineData("relay:[mailstore.example.org]:25")]
    [InlineData("lmtp:unix:private/dovecot-lmtp")]
    [InlineData("local:$myhostname")]
    [InlineData("error:5.1.1 mail for this domain is refused")]
    [InlineData("retry:4.3.2 migration in progress")]
    [InlineData("$relay_transport")]
    [InlineData("${relay_transport}")]
    [InlineData("${relay_transport}:[mailstore.example.org]")]
    public void PFX0023_is_silent_for_stock_services_and_references(string value) =>
        ValidationAssert.Valid(With(new() { DefaultTransport = value }));

    [Fact]
    public void PFX0023_is_silent_for_the_stock_values_an_empty_filter_and_an_added_service()
    {
        ValidationAssert.Valid(With(new()
        {
            DefaultTransport = "smtp", RelayTransport = "relay", LocalTransport = "local:$myhostname", VirtualTransport = "virtual",
            AddressVerifyDefaultTransport = "$default_transport", ContentFilter = string.Empty, MailboxTransport = string.Empty,
        }));
        var reinjection = new Service
        {
            Name = "127.0.0.1:10025", Type = ServiceType.Inet, Private = false, Command = "smtpd",
            Overrides = new() { ContentFilter = string.Empty },
        };
        ValidationAssert.Valid(With(new() { ContentFilter = "amavis:[127.0.0.1]:10024" }, MasterCf.Stock.Add(Amavis).Add(reinjection)));
    }

    [Fact]
    public void PFX0023_is_silent_for_the_samples() =>
        Assert.All(
            [Neptune.NeptuneHost.Definition, Fleet.Hosts.Mx1, Fleet.Hosts.Mx2, Fleet.Hosts.Relay],
            host => ValidationAssert.NoFinding(host, ValidationRules.UnknownTransport));

    [Fact]
    public void PFX0023_a_FILTER_action_of_an_access_table_must_name_a_master_cf_service()
    {
        var access = new AccessTable
        {
            FileName = "access",
            Entries = [new(AccessKey.Domain("scan.example"), AccessAction.Filter("amavis:[127.0.0.1]:10024"))],
        };

        var error = ValidationAssert.Single(TestHosts.Minimal with { Tables = [access] }, ValidationRules.UnknownTransport);

        ValidationAssert.NamesEverything(error, "access", "key scan.example", "amavis:[127.0.0.1]:10024", "FILTER transport:destination");
        ValidationAssert.Valid(TestHosts.Minimal with { Tables = [access], MasterCf = MasterCf.Stock.Add(Amavis) });
    }

    [Fact]
    public void PFX0023_a_FILTER_action_of_a_header_checks_table_must_name_a_master_cf_service_unless_it_substitutes_a_match()
    {
        static RegexpTable Checks(string nexthop) => new()
        {
            FileName = "header_checks",
            Rules = [new RegexpMatch("^X-Scan: (\\w+)", HeaderAction.Filter(nexthop))],
        };

        var error = ValidationAssert.Single(TestHosts.Minimal with { Tables = [Checks("scanner:[127.0.0.1]:10025")] }, ValidationRules.UnknownTransport);

        Assert.Equal("header_checks", error.Artifact);
        Assert.Equal("scanner:[127.0.0.1]:10025", error.Value);
        ValidationAssert.Valid(TestHosts.Minimal with { Tables = [Checks("smtp:[127.0.0.1]:10025")] });
        ValidationAssert.Valid(TestHosts.Minimal with { Tables = [Checks("$1:[127.0.0.1]:10025")] });
    }
}
