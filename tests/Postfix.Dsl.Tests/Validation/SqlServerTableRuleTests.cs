using System;
using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>
/// pgsql_table(5) and mysql_table(5) definitions: the key inside quotes (PFX0327), a query that uses it
/// (PFX0326), a server, a database, and a user with the password.
/// </summary>
public class SqlServerTableRuleTests
{
    private static readonly PgsqlTable Pgsql = new()
    {
        FileName = "pgsql_virtual.cf",
        Hosts = [SqlHost.Inet("db.example.org", 5432)],
        DatabaseName = "mail",
        User = "postfix",
        Password = new Secret("pgsql-postfix"),
        Query = "SELECT goto FROM alias WHERE address = '%s'",
    };

    private static MailHost With(DatabaseTable table) => TestHosts.Modern(new() { DisableVrfyCommand = true, VirtualAliasMaps = [table] });

    [Fact]
    public void A_complete_definition_passes_and_is_written_with_its_password_marker()
    {
        Assert.Empty(HostValidator.Diagnose(With(Pgsql)));
        var file = PostfixDsl.Render(With(Pgsql)).Files.Single(f => f.Name == "pgsql_virtual.cf");

        Assert.True(file.Secret);
        Assert.Contains("""
            hosts = inet:db.example.org:5432
            user = postfix
            password = <secret:pgsql-postfix>
            dbname = mail
            query = SELECT goto FROM alias WHERE address = '%s'

            """, file.Content);
    }

    [Theory]
    [InlineData("SELECT goto FROM alias WHERE address = %s", "%s")]
    [InlineData("SELECT goto FROM alias WHERE local = '%u' AND domain = %d", "%d")]
    [InlineData("SELECT goto FROM alias WHERE note = 'it''s' AND address = %s", "%s")]
    [InlineData("SELECT goto FROM alias WHERE x LIKE '50%%' AND address = %S", "%S")]
    public void PFX0327_a_key_expansion_outside_quotes(string query, string expansion)
    {
        var error = ValidationAssert.Single(With(Pgsql with { Query = query }), ValidationRules.UnquotedSqlKey);

        ValidationAssert.NamesEverything(error, "pgsql_virtual.cf", "query", query, $"'{expansion}'");
        Assert.Contains($"has {expansion} outside single quotes", error.Problem);
    }

    [Theory]
    [InlineData("SELECT goto FROM alias WHERE address = '%s'")]
    [InlineData("SELECT goto FROM alias WHERE note = 'it''s %%' AND local = '%u' AND domain = '%d'")]
    [InlineData("SELECT goto FROM domains WHERE tld = '%1' AND name LIKE '%%.%2'")]
    public void Quoted_expansions_pass(string query) =>
        Assert.Empty(HostValidator.Diagnose(With(Pgsql with { Query = query })));

    [Fact]
    public void PFX0327_applies_to_sqlite_and_mysql_too()
    {
        ValidationAssert.Single(With(new SqliteTable { FileName = "a.cf", DatabasePath = "/var/lib/mail.sqlite", Query = "SELECT 1 FROM t WHERE k = %s" }), ValidationRules.UnquotedSqlKey);
        ValidationAssert.Single(With(new MysqlTable { FileName = "m.cf", Hosts = ["127.0.0.1"], DatabaseName = "mail", Query = "SELECT 1 FROM t WHERE k = %u" }), ValidationRules.UnquotedSqlKey);
    }

    [Fact]
    public void PFX0326_a_query_without_the_key() =>
        ValidationAssert.Single(With(Pgsql with { Query = "SELECT goto FROM alias" }), ValidationRules.QueryWithoutKey);

    [Fact]
    public void PFX0016_no_server_a_blank_database_or_a_password_without_a_user()
    {
        Assert.Equal("(none)", ValidationAssert.Single(With(Pgsql with { Hosts = [] }), ValidationRules.Unwritable).Value);
        Assert.Equal("mail db", ValidationAssert.Single(With(Pgsql with { DatabaseName = "mail db" }), ValidationRules.Unwritable).Value);
        var noUser = ValidationAssert.Single(With(Pgsql with { User = null }), ValidationRules.Unwritable);
        Assert.Equal("user", noUser.Location);
        Assert.Contains("password is set", noUser.Problem);
    }

    [Fact]
    public void Hosts_refuse_what_Postfix_would_misread()
    {
        Assert.Equal("unix:/run/postgresql/.s.PGSQL.5432", SqlHost.Unix("/run/postgresql/.s.PGSQL.5432").Text);
        Assert.Equal("inet:127.0.0.1", ((SqlHost)"127.0.0.1").Text);
        Assert.Throws<ArgumentException>(() => SqlHost.Inet("db one"));
        Assert.Throws<ArgumentException>(() => SqlHost.Inet("db,two"));
        Assert.Throws<ArgumentOutOfRangeException>(() => SqlHost.Inet("db", 0));
        Assert.Throws<ArgumentException>(() => SqlHost.Unix("run/mysqld.sock"));
    }

    [Fact]
    public void A_mysql_definition_writes_its_TLS_options_after_the_query()
    {
        var mysql = new MysqlTable
        {
            FileName = "mysql_virtual.cf",
            Hosts = [SqlHost.Unix("/run/mysqld/mysqld.sock"), SqlHost.Inet("db.example.org", 3306)],
            DatabaseName = "mail",
            User = "postfix",
            Password = new Secret("mysql-postfix"),
            Query = "SELECT goto FROM alias WHERE address = '%s'",
            TlsCaFile = "/etc/ssl/certs/ca-certificates.crt",
            TlsVerifyCert = true,
        };

        Assert.Empty(HostValidator.Diagnose(With(mysql)));
        Assert.EndsWith("""
            hosts = unix:/run/mysqld/mysqld.sock inet:db.example.org:3306
            user = postfix
            password = <secret:mysql-postfix>
            dbname = mail
            query = SELECT goto FROM alias WHERE address = '%s'
            tls_CAfile = /etc/ssl/certs/ca-certificates.crt
            tls_verify_cert = yes

            """, PostfixDsl.Render(With(mysql)).File("mysql_virtual.cf"));
        Assert.True(mysql.NeedsReload);
        Assert.True(mysql.HoldsSecrets);
        Assert.Null(mysql.BuildCommand);
    }
}
