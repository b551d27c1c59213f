using Xunit;

namespace Postfix.Dsl.Tests.Rendering;

public class RegexpTableTests
{
    [Fact]
    public void The_reference_uses_the_table_type() =>
        Assert.Contains(
            "header_checks = pcre:/etc/postfix/checks",
            PostfixDsl.Render(TestHosts.Minimal with
            {
                MainCf = TestHosts.Minimal.MainCf with { HeaderChecks = [new RegexpTable { FileName = "checks", Type = TableType.Pcre, Rules = [new RegexpMatch("x", HeaderAction.Warn())] }] },
            }).File("main.cf").Split('\n'));
}
