using Xunit;

namespace Postfix.Dsl.Tests.Model;

/// <summary>The model's records are values: equal content means equal records, with equal hashes, whatever the list instances.</summary>
public class ValueSemanticsTests
{
    private static AccessTable Clients() => new()
    {
        FileName = "clients",
        Entries = [new(AccessKey.Domain("spam.example"), AccessAction.Reject()), new(AccessKey.Address("ok@example.com"), AccessAction.Ok)],
    };

    [Fact]
    public void Two_tables_built_separately_with_the_same_content_are_equal_and_hash_alike()
    {
        Assert.Equal(Clients(), Clients());
        Assert.Equal(Clients().GetHashCode(), Clients().GetHashCode());
        Assert.NotEqual(Clients(), Clients() with { Entries = [new(AccessKey.Domain("spam.example"), AccessAction.Reject())] });
    }

    [Fact]
    public void Two_tables_with_equal_content_are_one_table_so_no_PFX0009()
    {
        var host = TestHosts.Modern(new()
        {
            SmtpdClientRestrictions = [Restrictions.PermitMynetworks, Restrictions.CheckClientAccess(Clients())],
            SmtpdSenderRestrictions = [Restrictions.CheckSenderAccess(Clients())],
        });

        Assert.DoesNotContain(HostValidator.Diagnose(host), e => e.Rule == ValidationRules.TableFileConflict);
        Assert.Single(PostfixDsl.Render(host).Files, f => f.Name == "clients");
    }

    [Fact]
    public void Services_parameters_syslog_rules_and_regexp_blocks_compare_by_content()
    {
        Assert.Equal(MasterCf.Stock with { Services = [.. MasterCf.Stock.Services] }, MasterCf.Stock);
        Assert.Equal(new Parameters { Mydestination = ["a.example", "b.example"] }, new Parameters { Mydestination = ["a.example", "b.example"] });
        Assert.Equal(new Service { Name = "x", Type = ServiceType.Unix, Command = "pipe", Arguments = ["a", "b"] }, new Service { Name = "x", Type = ServiceType.Unix, Command = "pipe", Arguments = ["a", "b"] });
        Assert.Equal(new RegexpIf("^Subject:", [new RegexpMatch("spam", HeaderAction.Reject())]), new RegexpIf("^Subject:", [new RegexpMatch("spam", HeaderAction.Reject())]));
        Assert.Equal(SyslogConf.ForFacility(SyslogFacility.Mail), SyslogConf.ForFacility(SyslogFacility.Mail));
    }

    [Fact]
    public void A_host_or_service_that_sets_its_parameters_allocates_no_empty_parameters_object_first()
    {
        // A Parameters holds a field per catalog parameter: an empty one made for the property's default,
        // only to be replaced by the initializer's, cost every new host and service about 14 KB.
        var mainCf = new Parameters { Myhostname = "mx.example" };
        var overrides = new Parameters { SyslogName = "postfix/submission" };
        var empty = System.GC.GetAllocatedBytesForCurrentThread();
        _ = new Parameters();
        var oneParameters = System.GC.GetAllocatedBytesForCurrentThread() - empty;

        var before = System.GC.GetAllocatedBytesForCurrentThread();
        var host = new MailHost { Name = "mx", MainCf = mainCf };
        var service = new Service { Name = "submission", Type = ServiceType.Inet, Command = "smtpd", Overrides = overrides };
        var allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(oneParameters > 10_000, $"a Parameters took {oneParameters} bytes");
        Assert.True(allocated < oneParameters / 4, $"a host and a service took {allocated} bytes; one Parameters takes {oneParameters}");
        Assert.Same(mainCf, host.MainCf);
        Assert.Same(overrides, service.Overrides);

        // The shared defaults are empty and equal to a new empty object, so nothing can tell them apart.
        Assert.True(new MailHost { Name = "a" }.MainCf.IsEmpty);
        Assert.Equal(new Parameters(), new Service { Name = "x", Type = ServiceType.Unix, Command = "pipe" }.Overrides);
        Assert.Equal(new TransportParameters(), new Service { Name = "x", Type = ServiceType.Unix, Command = "pipe" }.Transport);
    }
}
