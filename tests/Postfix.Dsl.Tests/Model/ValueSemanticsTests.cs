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
}
