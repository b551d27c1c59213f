using System.IO;
using Postfix.Dsl.Tests.RealPostfix.Live;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// A MysqlTable definition read by the real mysql plug-in. No MySQL server is among the Debian judges
/// here, so the judge is what the plug-in makes of the file: postconf accepts the reference, and
/// postmap connects to exactly the server the model names (a port nothing listens on) and reports the
/// lookup as failed, never as "not found".
/// </summary>
public class MysqlDefinitionTests
{
    [PostfixFact]
    public void Postmap_reads_the_generated_definition_and_asks_the_server_it_names()
    {
        var port = Loopback.FreePort();
        var table = new MysqlTable
        {
            FileName = "mysql_virtual_alias.cf",
            Hosts = [SqlHost.Inet("127.0.0.1", port)],
            DatabaseName = "mail",
            User = "postfix",
            Password = new Secret("mysql-postfix"),
            Query = "SELECT goto FROM alias WHERE address = '%s'",
            TlsVerifyCert = false,
        };
        using var config = RenderedConfig.Write(TestHosts.Modern(new() { DisableVrfyCommand = true, VirtualAliasMaps = [table] }));
        var reference = "mysql:" + config.PathOf("mysql_virtual_alias.cf");
        Assert.Contains("password = <secret:mysql-postfix>", File.ReadAllText(config.PathOf("mysql_virtual_alias.cf")));

        Assert.Equal("", PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-n").AssertCleanSuccess().Stderr);
        var answer = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "postmaster@example.org", reference);
        Assert.NotEqual(0, answer.ExitCode);
        Assert.Contains($"connect to mysql server inet:127.0.0.1:{port}", answer.Stderr, System.StringComparison.Ordinal);
        Assert.Contains($"table {reference}: query error", answer.Stderr, System.StringComparison.Ordinal);
    }
}
