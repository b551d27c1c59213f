using Xunit;

namespace Postfix.Dsl.Tests.Rendering;

public class SyslogTests
{
    [Fact]
    public void Selectors_cover_every_facility_priority_and_comparison_form()
    {
        var syslog = new SyslogConf
        {
            Rules =
            [
                new() { Selectors = [SyslogSelector.Of(SyslogFacility.Mail, SyslogPriority.All)], File = "/var/log/mail.log", Sync = false },
                new() { Selectors = [new() { Facilities = [SyslogFacility.Mail], Priority = SyslogPriority.Info, Match = PriorityMatch.Exactly }], File = "/var/log/mail.info.only" },
                new() { Selectors = [new() { Facilities = [SyslogFacility.Mail], Priority = SyslogPriority.Warning, Match = PriorityMatch.Below }], File = "/var/log/mail.below-warn" },
                new() { Selectors = [new() { Facilities = [SyslogFacility.Mail], Priority = SyslogPriority.Debug, Match = PriorityMatch.AllBut }], File = "/var/log/mail.nodebug" },
                new() { Selectors = [new() { Facilities = [SyslogFacility.Mail, SyslogFacility.Local0], Priority = SyslogPriority.Err }], File = "/var/log/mail-and-local0.err" },
                new()
                {
                    Selectors = [new() { Priority = SyslogPriority.Info }, new() { Facilities = [SyslogFacility.Mail, SyslogFacility.Authpriv], Priority = SyslogPriority.None }],
                    File = "/var/log/messages",
                },
            ],
        };

        Snapshot.Verify("syslog-selectors", "syslog.conf", PostfixDsl.Render(TestHosts.Minimal with { SyslogConf = syslog }).File("syslog.conf"));
    }

    [Fact]
    public void The_default_rules_follow_the_hosts_syslog_facility()
    {
        var host = TestHosts.Minimal with { MainCf = TestHosts.Minimal.MainCf with { SyslogFacility = SyslogFacility.Local3 } };

        var lines = PostfixDsl.Render(host).File("syslog.conf").Split('\n');

        Assert.Contains("local3.*                /var/log/mail.log", lines);
        Assert.Contains("local3.err              /var/log/mail.err", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("mail."));
    }
}
