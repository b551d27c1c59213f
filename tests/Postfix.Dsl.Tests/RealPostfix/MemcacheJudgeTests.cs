using System.IO;
using System.Linq;
using Postfix.Dsl.Tests.RealPostfix.Live;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// A MemcacheTable definition in front of a table of the host, judged by postmap through Postfix's
/// memcache client against a memcache server the test runs: a key memcache holds is answered from
/// it, a miss is answered by the backup table and stored in memcache with the model's key format,
/// expiry and flags, and a key neither holds is not found.
/// </summary>
public class MemcacheJudgeTests
{
    [PostfixFact]
    public void Postmap_asks_memcache_then_the_backup_and_stores_what_the_backup_answered()
    {
        using var memcache = new FakeMemcache();
        var aliases = new VirtualAliasTable { FileName = "virtual", Entries = [new("postmaster@example.org", ["admin@example.org"]), new("abuse@example.org", ["security@example.org"])] };
        var table = new MemcacheTable
        {
            FileName = "memcache_virtual.cf",
            Server = MemcacheServer.Inet("127.0.0.1", memcache.Port),
            Backup = aliases,
            KeyFormat = "virtual:%s",
            TimeToLive = 600,
            Flags = 7,
        };
        using var config = RenderedConfig.Write(TestHosts.Modern(new() { DisableVrfyCommand = true, VirtualAliasMaps = [table] }));
        Assert.Contains(config.Rendered.Files, f => f.Name == "virtual"); // the backup is written with the definition
        Assert.Contains($"backup = hash:{config.Directory}/virtual", File.ReadAllText(config.PathOf("memcache_virtual.cf")));
        PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "hash:" + config.PathOf("virtual")).AssertCleanSuccess();
        var reference = "memcache:" + config.PathOf("memcache_virtual.cf");
        memcache.Values["virtual:cached@example.org"] = "from-memcache@example.org";

        Assert.Equal("from-memcache@example.org\n", PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "cached@example.org", reference).AssertCleanSuccess().Stdout);
        Assert.Equal("admin@example.org\n", PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "postmaster@example.org", reference).AssertCleanSuccess().Stdout);
        var stored = Assert.Single(memcache.Sets);
        Assert.Equal(("virtual:postmaster@example.org", 7, 600, "admin@example.org"), stored);

        var missing = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "nobody@example.org", reference);
        Assert.True(missing is { ExitCode: 1, Stdout: "" }, $"exit {missing.ExitCode}: {missing.Stdout}{missing.Stderr}");
        Assert.Equal("", PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-n").AssertCleanSuccess().Stderr);
    }
}
