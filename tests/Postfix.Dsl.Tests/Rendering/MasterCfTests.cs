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
    public void Overrides_use_the_long_form_when_the_value_holds_whitespace_and_arguments_keep_their_spaces()
    {
        var masterCf = new MasterCf
        {
            Services =
            [
                new()
                {
                    Name = "submission", Type = ServiceType.Inet, Private = false, Chroot = true, Command = "smtpd",
                    Overrides = new()
                    {
                        SyslogName = "postfix/submission",
                        SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt,
                        SmtpdSaslAuthEnable = true,
                        SmtpdRelayRestrictions = [PermitSaslAuthenticated, Reject],
                        SmtpdRejectFooter = "Contact postmaster@example.com",
                    },
                },
                new() { Name = "127.0.0.1:10025", Type = ServiceType.Inet, Private = false, MaxProcesses = 0, Command = "smtpd", Overrides = new() { ContentFilter = "" } },
                new() { Name = "pickup", Type = ServiceType.Unix, Private = false, Wakeup = Wakeup.Every(60), MaxProcesses = 1, Command = "pickup" },
                new() { Name = "flush", Type = ServiceType.Unix, Private = false, Wakeup = Wakeup.EveryOnceUsed(1000), MaxProcesses = 0, Command = "flush" },
                new() { Name = "postlog", Type = ServiceType.UnixDgram, Private = false, Chroot = false, MaxProcesses = 1, Command = "postlogd" },
                new()
                {
                    Name = "spamfilter", Type = ServiceType.Unix, Unprivileged = false, Chroot = false, Command = "pipe",
                    Arguments = ["flags=Rq", "user=filter", "argv=/usr/local/bin/filter", "-f", "${sender}", "--", "${recipient}", "two words"],
                },
                StockServices.Mailman,
            ],
        };

        Snapshot.Verify("master-overrides", "master.cf", Render(masterCf));
    }

    [Fact]
    public void The_stock_set_is_the_master_cf_postfix_3_7_installs()
    {
        Snapshot.Verify("stock", "master.cf", Render(MasterCf.Stock));
    }

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
}
