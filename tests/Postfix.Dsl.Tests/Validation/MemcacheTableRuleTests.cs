using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>A memcache_table(5) definition: its key format uses the key (PFX0326), its ttl stays relative, it has no result format, its backup persists.</summary>
public class MemcacheTableRuleTests
{
    private static readonly MemcacheTable Valid = new()
    {
        FileName = "memcache.cf",
        Server = MemcacheServer.Inet("127.0.0.1"),
        Backup = "btree:/var/lib/postfix/cache",
    };

    private static MailHost With(MemcacheTable table) => TestHosts.Modern(new() { DisableVrfyCommand = true, VirtualAliasMaps = [table] });

    [Fact]
    public void A_definition_with_a_backup_passes_and_is_reloaded_not_postmapped()
    {
        Assert.Empty(HostValidator.Diagnose(With(Valid with { KeyFormat = "v:%s", TimeToLive = 2592000, Flags = 1 })));
        Assert.True(Valid.NeedsReload);
        Assert.Null(Valid.BuildCommand);
        Assert.False(Valid.HoldsSecrets);
        Assert.Equal("inet:[::1]:11211", MemcacheServer.Inet("::1").Text);
        Assert.Equal("unix:/run/memcached/memcached.sock", MemcacheServer.Unix("/run/memcached/memcached.sock").Text);
    }

    [Fact]
    public void PFX0326_a_key_format_without_the_key() =>
        Assert.Equal("key_format", ValidationAssert.Single(With(Valid with { KeyFormat = "virtual:" }), ValidationRules.QueryWithoutKey).Location);

    [Theory]
    [InlineData(-1)]
    [InlineData(2592001)]
    public void PFX0016_a_ttl_memcache_would_read_as_a_date(int ttl) =>
        Assert.Equal("ttl", ValidationAssert.Single(With(Valid with { TimeToLive = ttl }), ValidationRules.Unwritable).Location);

    [Fact]
    public void PFX0016_a_result_format_memcache_does_not_have() =>
        Assert.Equal("result_format", ValidationAssert.Single(With(Valid with { ResultFormat = "smtp:[%s]" }), ValidationRules.Unwritable).Location);

    [Fact]
    public void PFX0016_a_memcache_backup() =>
        Assert.Equal("backup", ValidationAssert.Single(With(Valid with { Backup = Valid with { FileName = "other.cf" } }), ValidationRules.Unwritable).Location);

    [Fact]
    public void A_proxied_backup_is_approved_in_proxy_read_maps()
    {
        var backup = new VirtualAliasTable { FileName = "virtual", Proxied = true, Entries = [new("a@example.org", ["b@example.org"])] };
        var main = PostfixDsl.Render(With(Valid with { Backup = backup })).File("main.cf");

        Assert.Contains("    proxy:hash:/etc/postfix/virtual\n", main);
        Assert.Contains("proxy_read_maps =", main);
    }
}
