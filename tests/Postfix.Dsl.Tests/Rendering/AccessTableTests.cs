using Xunit;

namespace Postfix.Dsl.Tests.Rendering;

public class AccessTableTests
{
    private static string Render(AccessTable table) =>
        PostfixDsl.Render(TestHosts.Minimal with { Tables = [table] }).File(table.FileName);

    [Fact]
    public void A_table_that_needs_postmap_says_so()
    {
        var text = Render(new AccessTable { FileName = "senders", Type = TableType.Cdb, Entries = [new(AccessKey.Domain("x.org"), AccessAction.Ok)] });
        Assert.Contains("postmap cdb:/etc/postfix/senders", text);
    }
}
