using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>An sqlite_table(5) definition: its query must use the key (PFX0326), its path be absolute, its domains valid.</summary>
public class SqliteTableRuleTests
{
    private static MailHost With(SqliteTable table) => TestHosts.Modern(new() { DisableVrfyCommand = true, VirtualAliasMaps = [table] });

    private static SqliteTable Table(string query) => new() { FileName = "virtual_alias.cf", DatabasePath = "/var/lib/postfix/mail.sqlite", Query = query };

    [Theory]
    [InlineData("SELECT goto FROM alias WHERE address='%s'")]
    [InlineData("SELECT goto FROM alias WHERE local='%u' AND domain='%d'")]
    [InlineData("SELECT target FROM domains WHERE tld='%1' AND name LIKE '100%%' AND key='%S'")]
    public void A_query_that_uses_the_key_passes(string query) =>
        Assert.Empty(HostValidator.Diagnose(With(Table(query) with { ResultFormat = "%s", Domains = ["example.org"], ExpansionLimit = 10 })));

    [Theory]
    [InlineData("SELECT goto FROM alias WHERE active = 1", "never uses the key")]
    [InlineData("SELECT goto FROM alias WHERE address='%s' AND x LIKE '10%'", "has %'")]
    [InlineData("SELECT goto FROM alias WHERE address='%x'", "has %x")]
    [InlineData("SELECT goto FROM alias WHERE address='%s' %", "lone '%'")]
    public void PFX0326_a_query_without_the_key_or_with_an_unknown_expansion(string query, string problem)
    {
        var error = ValidationAssert.Single(With(Table(query)), ValidationRules.QueryWithoutKey);

        ValidationAssert.NamesEverything(error, "virtual_alias.cf", "query", query, "WHERE address='%s'");
        Assert.Contains(problem, error.Problem);
    }

    [Fact]
    public void PFX0016_a_relative_database_path() =>
        Assert.Equal("mail.sqlite", ValidationAssert.Single(With(Table("SELECT 1 WHERE '%s'") with { DatabasePath = "mail.sqlite" }), ValidationRules.Unwritable).Value);

    [Fact]
    public void PFX0003_a_domain_filter_that_is_not_a_domain() =>
        Assert.Equal("example..org", ValidationAssert.Single(With(Table("SELECT 1 WHERE '%s'") with { Domains = ["example..org"] }), ValidationRules.InvalidHostName).Value);

    [Fact]
    public void PFX0014_sqlite_as_the_type_of_a_table_of_entries() =>
        ValidationAssert.Single(TestHosts.Modern(new()
        {
            DisableVrfyCommand = true,
            VirtualAliasMaps = [new VirtualAliasTable { FileName = "virtual", Type = TableType.Sqlite, Entries = [new("a@example.org", ["b@example.org"])] }],
        }), ValidationRules.InvalidTableType);

    [Fact]
    public void An_sqlite_definition_is_read_at_process_start_and_needs_no_postmap()
    {
        var table = Table("SELECT goto FROM alias WHERE address='%s'");

        Assert.Null(table.BuildCommand);
        Assert.True(table.NeedsReload);
        Assert.Contains("virtual_alias_maps = sqlite:/etc/postfix/virtual_alias.cf", PostfixDsl.Render(With(table)).File("main.cf"));
    }
}
