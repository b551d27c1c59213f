using Xunit;

namespace Postfix.Dsl.Tests.Rendering;

public class SyslogTests
{
    [Fact]
    public void A_host_that_sets_no_syslog_conf_gets_none()
    {
        var rendered = PostfixDsl.Render(TestHosts.Minimal);

        Assert.DoesNotContain(rendered.Files, f => f.Name == "syslog.conf");
    }

    [Fact]
    public void The_seed_preset_routes_the_given_facility()
    {
        var host = TestHosts.Minimal with
        {
            MainCf = TestHosts.Minimal.MainCf with { SyslogFacility = SyslogFacility.Local3 },
            SyslogConf = SyslogConf.ForFacility(SyslogFacility.Local3),
        };

        var lines = PostfixDsl.Render(host).File("syslog.conf").Split('\n');

        Assert.Contains("local3.*                /var/log/mail.log", lines);
        Assert.Contains("local3.err              /var/log/mail.err", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("mail."));
    }
}
