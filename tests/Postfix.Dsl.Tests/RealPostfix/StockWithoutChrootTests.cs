using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>The stock set without chroot, as the real postconf -F reads it: no service has a y in the chroot column.</summary>
public class StockWithoutChrootTests
{
    [Fact]
    public void Postconf_reads_no_chrooted_service_and_every_stock_service_is_still_there()
    {
        PostfixTools.Require();
        var host = TestHosts.Minimal with { MasterCf = MasterCf.StockWithoutChroot };
        using var config = RenderedConfig.Write(host);

        var chroot = PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-F", "*/*/chroot").AssertCleanSuccess();
        var lines = chroot.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(MasterCf.Stock.Services.Count, lines.Length);
        Assert.All(lines, line => Assert.EndsWith("/chroot = n", line, System.StringComparison.Ordinal));
    }
}
