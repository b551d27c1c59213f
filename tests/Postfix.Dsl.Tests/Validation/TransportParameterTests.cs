using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>Per-service parameters: written to main.cf under the service's name; PFX0202 and PFX0203.</summary>
public class TransportParameterTests
{
    private static MailHost WithService(string name, System.Func<Service, Service> change) =>
        TestHosts.Minimal with { MasterCf = MasterCf.Stock.Change(name, ServiceType.Unix, change) };

    [Fact]
    public void A_per_service_parameter_is_written_to_main_cf_under_the_name_postfix_derives_from_the_service()
    {
        var host = WithService("relay", s => s with
        {
            Transport = new() { DestinationConcurrencyLimit = 5, DestinationRateDelay = PostfixTime.Seconds(1) },
        });

        var lines = PostfixDsl.Render(host).File("main.cf").Split('\n');

        Assert.Contains("relay_destination_concurrency_limit = 5", lines);
        Assert.Contains("relay_destination_rate_delay = 1s", lines);
    }

    [Fact]
    public void A_pipe_service_gets_a_time_limit_named_after_it()
    {
        var host = TestHosts.Minimal with { MasterCf = MasterCf.Stock.Add(StockServices.Maildrop with { Transport = new() { TimeLimit = PostfixTime.Minutes(10) } }) };

        Assert.Contains("maildrop_time_limit = 10m", PostfixDsl.Render(host).File("main.cf").Split('\n'));
    }

    [Fact]
    public void PFX0202_a_service_that_is_not_a_delivery_agent_has_no_per_service_parameters()
    {
        var error = ValidationAssert.Single(WithService("showq", s => s with { Transport = new() { DestinationConcurrencyLimit = 5 } }), ValidationRules.TransportParameterNotApplicable);

        ValidationAssert.NamesEverything(error, "master.cf", "service showq/unix", "showq_destination_concurrency_limit", "smtp");
    }

    [Fact]
    public void PFX0202_time_limit_belongs_to_pipe_and_spawn_only() =>
        ValidationAssert.Single(WithService("relay", s => s with { Transport = new() { TimeLimit = PostfixTime.Seconds(100) } }), ValidationRules.TransportParameterNotApplicable);

    [Fact]
    public void PFX0203_a_per_service_parameter_and_the_main_cf_property_of_the_same_name_cannot_both_be_set()
    {
        var host = WithService("local", s => s with { Transport = new() { DestinationConcurrencyLimit = 4 } }) with
        {
            MainCf = TestHosts.Minimal.MainCf with { LocalDestinationConcurrencyLimit = 2 },
        };

        var error = ValidationAssert.Single(host, ValidationRules.ParameterWrittenTwice);
        Assert.Equal("local_destination_concurrency_limit", error.Location);
    }

    [Fact]
    public void Every_service_of_the_stock_master_cf_has_no_per_service_parameter_set_so_neptune_is_unchanged() =>
        Assert.All(StockMasterCf.WithPipes.Services, s => Assert.True(s.Transport.IsEmpty, s.Name));
}
