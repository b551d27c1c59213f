using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Rendering;

public class AccessTableTests
{
    private static string Render(AccessTable table) =>
        PostfixDsl.Render(TestHosts.Minimal with { Tables = [table] }).File(table.FileName);

    [Fact]
    public void Every_key_form_and_every_action_is_written_as_access_5_expects()
    {
        var table = new AccessTable
        {
            FileName = "access",
            Entries =
            [
                new(AccessKey.Address("valide@domain.com"), AccessAction.Ok),
                new(AccessKey.Domain("spam.com"), AccessAction.Reject()),
                new(AccessKey.Domain("spam.net"), AccessAction.Reject("Spam from your domain is refused")),
                new(AccessKey.User("postmaster"), AccessAction.Dunno),
                new(AccessKey.IpPrefix("192.168"), AccessAction.Defer()),
                new(AccessKey.IpPrefix("10.1.2.3"), AccessAction.Defer("Try again later")),
                new(AccessKey.IpPrefix("2001:db8::1"), AccessAction.Reply(450, "4.7.1 Greylisted")),
                new(AccessKey.NullSender, AccessAction.Reply(550, "5.7.1 No bounces here")),
                new(AccessKey.Address("a@example.com"), AccessAction.DeferIfReject),
                new(AccessKey.Address("b@example.com"), AccessAction.DeferIfPermit),
                new(AccessKey.Address("c@example.com"), AccessAction.Hold("Held for review")),
                new(AccessKey.Address("d@example.com"), AccessAction.Discard()),
                new(AccessKey.Address("e@example.com"), AccessAction.Filter("smtp:[127.0.0.1]:10025")),
                new(AccessKey.Address("f@example.com"), AccessAction.Redirect("abuse@example.com")),
                new(AccessKey.Address("g@example.com"), AccessAction.Prepend("X-Checked: yes")),
                new(AccessKey.Address("h@example.com"), AccessAction.Warn("suspicious sender")),
                new(AccessKey.Address("i@example.com"), AccessAction.Info("known sender")),
                new(AccessKey.Address("j@example.com"), AccessAction.Bcc("archive@example.com")),
                new(AccessKey.Domain("example.org"), AccessAction.Restrict(RejectUnknownSenderDomain, RejectRblClient("zen.spamhaus.org"))),
            ],
        };

        Snapshot.Verify("access-actions", "access", Render(table));
    }

    [Fact]
    public void A_cidr_table_holds_networks_and_needs_no_postmap()
    {
        var table = new AccessTable
        {
            FileName = "client_networks",
            Type = TableType.Cidr,
            Entries =
            [
                new(AccessKey.Cidr("192.168.0.0/24"), AccessAction.Ok),
                new(AccessKey.Cidr("2001:db8::/32"), AccessAction.Reject()),
            ],
        };

        Snapshot.Verify("access-actions", "client_networks", Render(table));
    }

    [Fact]
    public void A_table_that_needs_postmap_says_so()
    {
        var text = Render(new AccessTable { FileName = "senders", Type = TableType.Cdb, Entries = [new(AccessKey.Domain("x.org"), AccessAction.Ok)] });
        Assert.Contains("postmap cdb:/etc/postfix/senders", text);
    }
}
