using System.IO;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>An SqliteTable definition, judged by postmap against a real SQLite database the test creates with sqlite3.</summary>
public class SqliteJudgeTests
{
    [PostfixFact]
    public void Postmap_answers_through_the_generated_definition_from_the_database_and_nothing_for_a_missing_key()
    {
        var data = Directory.CreateTempSubdirectory("postfix-dsl-sqlite-").FullName;
        try
        {
            var database = Path.Combine(data, "mail.sqlite");
            PostfixTools.Run(PostfixTools.Sqlite3, [database], input:
            [
                "CREATE TABLE alias (address TEXT PRIMARY KEY, goto TEXT, active INTEGER);",
                "INSERT INTO alias VALUES ('postmaster@example.org', 'admin@example.org', 1);",
                "INSERT INTO alias VALUES ('abuse@example.org', 'security@example.org', 1);",
                "INSERT INTO alias VALUES ('old@example.org', 'gone@example.org', 0);",
            ]).AssertCleanSuccess();
            var table = new SqliteTable
            {
                FileName = "virtual_alias.cf",
                DatabasePath = database,
                Query = "SELECT goto FROM alias WHERE address='%s' AND active = 1",
                Domains = ["example.org"],
            };
            using var config = RenderedConfig.Write(TestHosts.Modern(new() { DisableVrfyCommand = true, VirtualAliasMaps = [table] }));
            var reference = "sqlite:" + config.PathOf("virtual_alias.cf");

            Assert.Equal("admin@example.org\n", PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "postmaster@example.org", reference).AssertCleanSuccess().Stdout);
            Assert.Equal("security@example.org\n", PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "abuse@example.org", reference).AssertCleanSuccess().Stdout);
            // An inactive row, a missing address, and a domain the definition does not serve: not found.
            foreach (var missing in new[] { "old@example.org", "nobody@example.org", "postmaster@example.net" })
            {
                var answer = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", missing, reference);
                Assert.True(answer is { ExitCode: 1, Stdout: "", Stderr: "" }, $"{missing}: exit {answer.ExitCode}, {answer.Stdout}{answer.Stderr}");
            }

            // postconf reads the reference without a warning (the sqlite plug-in is installed).
            Assert.Equal("", PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-n").AssertCleanSuccess().Stderr);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
