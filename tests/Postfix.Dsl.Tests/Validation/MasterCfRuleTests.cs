using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>PFX0008 duplicate services, PFX0017 service names.</summary>
public class MasterCfRuleTests
{
    [Fact]
    public void PFX0008_the_same_service_name_and_type_twice_is_refused()
    {
        var host = TestHosts.Minimal with
        {
            MasterCf = MasterCf.Stock.Add(new Service { Name = "smtp", Type = ServiceType.Inet, Private = false, Command = "smtpd", Arguments = ["-v"] }),
        };

        var error = ValidationAssert.Single(host, ValidationRules.DuplicateService);

        ValidationAssert.NamesEverything(error, "master.cf", "service smtp/inet", "smtp", "MasterCf.Change");
    }

    [Fact]
    public void The_same_name_with_another_type_is_a_different_service()
    {
        // The stock set has smtp/inet and smtp/unix: PFX0008 must compare name and type.
        Assert.NotNull(MasterCf.Stock.Find("smtp", ServiceType.Unix));
        Assert.NotNull(MasterCf.Stock.Find("smtp", ServiceType.Inet));
        Assert.DoesNotContain(HostValidator.Diagnose(TestHosts.Minimal), e => e.Rule == ValidationRules.DuplicateService);
    }

    [Theory]
    [InlineData("smtp server", ServiceType.Inet)]
    [InlineData("host:port:x", ServiceType.Inet)]
    [InlineData("private/x", ServiceType.Unix)]
    [InlineData("", ServiceType.Unix)]
    public void PFX0017_a_service_name_that_does_not_fit_its_type_is_refused(string name, ServiceType type) =>
        ValidationAssert.Single(
            TestHosts.Minimal with { MasterCf = MasterCf.Stock.Add(new Service { Name = name, Type = type, Private = false, Command = "smtpd" }) },
            ValidationRules.InvalidServiceName);

    [Theory]
    [InlineData("2525")]
    [InlineData("127.0.0.1:2525")]
    [InlineData("[::1]:2525")]
    [InlineData("submission")]
    [InlineData("mail.example.com:smtp")]
    public void Inet_names_of_the_form_host_colon_port_pass(string name) =>
        ValidationAssert.Valid(TestHosts.Minimal with { MasterCf = MasterCf.Stock.Add(new Service { Name = name, Type = ServiceType.Inet, Private = false, Command = "smtpd" }) });

    [Fact]
    public void PFX0016_a_long_form_override_cannot_hold_a_closing_brace() =>
        ValidationAssert.Single(
            TestHosts.Minimal with { MasterCf = MasterCf.Stock.Change("relay", ServiceType.Unix, s => s with { Overrides = new() { SmtpdRejectFooter = "see } here" } }) },
            ValidationRules.Unwritable);

    [Theory]
    [InlineData(null)]
    [InlineData(true)]
    public void PFX0022_an_inet_service_left_private_is_refused(bool? isPrivate)
    {
        var host = TestHosts.Minimal with
        {
            MasterCf = MasterCf.Stock.Add(new Service { Name = "submission", Type = ServiceType.Inet, Private = isPrivate, Command = "smtpd" }),
        };

        var error = ValidationAssert.Single(host, ValidationRules.PrivateInetService);

        ValidationAssert.NamesEverything(error, "master.cf", "service submission/inet", isPrivate is null ? "- (private by default)" : "y", "Private = false");
    }
}
