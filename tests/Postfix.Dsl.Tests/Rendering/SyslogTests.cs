using Xunit;

namespace Postfix.Dsl.Tests.Rendering;

public class SyslogTests
{
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
