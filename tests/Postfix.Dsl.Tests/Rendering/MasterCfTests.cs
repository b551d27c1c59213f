using System.IO;
using System.Linq;
using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Rendering;

public class MasterCfTests
{
    private static string Render(MasterCf masterCf) =>
        PostfixDsl.Render(TestHosts.Minimal with { MasterCf = masterCf }).File("master.cf");

    [Fact]
    public void The_stock_set_has_the_services_of_debians_master_cf_dist_and_none_of_its_optional_pipes()
    {
        var names = MasterCf.Stock.Services.Select(s => $"{s.Name}/{s.Type}").ToList();
        Assert.Equal(25, names.Count);
        Assert.Contains("smtp/Inet", names);
        Assert.Contains("postlog/UnixDgram", names);
        Assert.DoesNotContain(names, n => n.StartsWith("maildrop") || n.StartsWith("uucp") || n.StartsWith("ifmail")
            || n.StartsWith("bsmtp") || n.StartsWith("scalemail") || n.StartsWith("mailman"));
    }

    [Fact]
    public void Change_add_and_remove_return_copies_and_state_only_the_difference()
    {
        var changed = MasterCf.Stock
            .Change("qmgr", ServiceType.Unix, s => s with { Chroot = true })
            .Remove("postlog", ServiceType.UnixDgram)
            .Add(StockServices.Maildrop);

        Assert.False(MasterCf.Stock.Find("qmgr", ServiceType.Unix)!.Chroot);
        Assert.True(changed.Find("qmgr", ServiceType.Unix)!.Chroot);
        Assert.Null(changed.Find("postlog", ServiceType.UnixDgram));
        Assert.Equal("maildrop", changed.Services[^1].Name);
        Assert.Throws<System.ArgumentException>(() => MasterCf.Stock.Change("nope", ServiceType.Unix, s => s));
        Assert.Throws<System.ArgumentException>(() => MasterCf.Stock.Remove("smtp", ServiceType.Pass));
    }

    [Fact]
    public void The_stock_set_without_chroot_chroots_nothing_and_changes_nothing_else()
    {
        var stock = MasterCf.Stock.Services;
        var unjailed = MasterCf.StockWithoutChroot.Services;

        Assert.Contains(stock, s => s.Chroot == true);
        Assert.DoesNotContain(unjailed, s => s.Chroot == true);
        Assert.Equal(stock.Count, unjailed.Count);
        Assert.All(stock.Zip(unjailed), pair => Assert.Equal(pair.First with { Chroot = pair.First.Chroot == true ? false : pair.First.Chroot }, pair.Second));
    }
}
