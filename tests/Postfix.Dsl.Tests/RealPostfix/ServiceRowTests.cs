using System.Linq;
using Postfix.Dsl.Tests.Validation;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// The master.cf helpers: compact rows, the postscreen set and typed pipe(8) services, each read
/// back by the real postconf as the line an administrator would write.
/// </summary>
public class ServiceRowTests
{
    [Fact]
    public void The_postscreen_set_replaces_the_smtp_listener_as_master_cf_dist_comments_it()
    {
        PostfixTools.Require();
        var master = MasterCf.Stock.Change("smtp", ServiceType.Inet, s => s with { Overrides = new() { SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May } }).WithPostscreen();
        using var config = RenderedConfig.Write(TestHosts.Modern(new() { DisableVrfyCommand = true, PostscreenGreetAction = PostscreenAction.Enforce }) with { MasterCf = master });

        var services = PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-M", "smtp/inet", "smtpd/pass", "dnsblog/unix", "tlsproxy/unix").AssertCleanSuccess();
        var overrides = PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-P", "smtpd/pass/smtpd_tls_security_level").AssertCleanSuccess();

        // Postfix's own master.cf.dist lines, with the stock smtp service's chroot (y) and its -o moved to smtpd.
        Assert.Equal(
        [
            "smtp inet n - y - 1 postscreen",
            "smtpd pass - - y - - smtpd -o smtpd_tls_security_level=may",
            "dnsblog unix - - y - 0 dnsblog",
            "tlsproxy unix - - y - 0 tlsproxy",
        ], services.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(Words));
        Assert.Equal("smtpd/pass/smtpd_tls_security_level = may\n", overrides.Stdout);
        Assert.DoesNotContain(HostValidator.Diagnose(config.Host), f => f.Rule == ValidationRules.PostscreenSettingsWithoutService);
    }

    [Fact]
    public void A_typed_pipe_service_is_written_as_the_stock_line_with_its_flags_in_the_order_given()
    {
        PostfixTools.Require();
        var uucp = Service.Pipe("uucp", new PipeCommand("uucp", ["uux", "-r", "-n", "-z", "-a$sender", "-", "$nexthop!rmail", "($recipient)"])
        {
            Flags = [PipeFlag.FromLine, PipeFlag.QuoteAddresses, PipeFlag.LowerCaseHost, PipeFlag.LowerCaseUser],
        });
        var dovecot = Service.Pipe("dovecot", new PipeCommand("vmail:vmail", ["/usr/lib/dovecot/deliver", "-f", "${sender}", "-d", "${user}@${domain}"])
        {
            Flags = [PipeFlag.DeliveredTo, PipeFlag.ReturnPath, PipeFlag.LowerCaseHost],
        }, maxProcesses: 2);

        Assert.Equal(StockServices.Uucp, uucp);
        using var config = RenderedConfig.Write(TestHosts.Modern(new() { DisableVrfyCommand = true }) with { MasterCf = MasterCf.Stock.Add(dovecot) });
        var line = PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-M", "dovecot/unix").AssertCleanSuccess();
        Assert.Equal("dovecot unix - n n - 2 pipe flags=DRh user=vmail:vmail argv=/usr/lib/dovecot/deliver -f ${sender} -d ${user}@${domain}", Words(line.Stdout.TrimEnd('\n')));
    }

    [Fact]
    public void PFX0027_a_macro_pipe_does_not_define_is_refused_and_the_known_ones_pass()
    {
        var typo = Service.Pipe("maildrop", new PipeCommand("vmail", ["/usr/bin/maildrop", "-d", "${recipent}"]));
        var host = TestHosts.Modern(new() { DisableVrfyCommand = true }) with { MasterCf = MasterCf.Stock.Add(typo) };

        var error = ValidationAssert.Single(host, ValidationRules.UnknownPipeMacro);
        ValidationAssert.NamesEverything(error, "master.cf", "service maildrop/unix argv", "${recipent}", "recipient");
        ValidationAssert.NoFinding(TestHosts.Modern(new() { DisableVrfyCommand = true }) with { MasterCf = StockMasterCf.WithPipes }, ValidationRules.UnknownPipeMacro);
    }

    [Fact]
    public void A_compact_row_is_the_same_service_as_the_long_form()
    {
        Assert.Equal(
            new Service { Name = "tlsproxy", Type = ServiceType.Unix, Chroot = false, MaxProcesses = 0, Command = "tlsproxy" },
            Service.Unix("tlsproxy", "tlsproxy", chroot: false, maxProcesses: 0));
        Assert.Equal(
            new Service { Name = "submission", Type = ServiceType.Inet, Private = false, Command = "smtpd", Overrides = new() { SyslogName = "postfix/submission" } },
            Service.Inet("submission", "smtpd", overrides: new() { SyslogName = "postfix/submission" }));
    }

    private static string Words(string line) => string.Join(" ", line.Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
}
