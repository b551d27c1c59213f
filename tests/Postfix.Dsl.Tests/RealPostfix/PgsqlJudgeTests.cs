using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Postfix.Dsl.Tests.RealPostfix.Live;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// A PgsqlTable definition, judged by postmap against a private PostgreSQL cluster that the test
/// creates with initdb, starts on a free port with password (SCRAM) logins over TCP, loads with psql,
/// and stops.
/// </summary>
public class PgsqlJudgeTests
{
    private const string Password = "pgsql-secret-for-the-test";

    [PostfixFact(NeedsRoot = true)]
    public void Postmap_answers_through_the_generated_definition_for_an_existing_key_and_nothing_for_a_missing_one()
    {
        var data = Directory.CreateTempSubdirectory("postfix-dsl-pgsql-").FullName;
        try
        {
            var port = Loopback.FreePort();
            using var server = StartCluster(data, port);
            Psql(data, port, "postgres",
                $"CREATE ROLE postfix LOGIN PASSWORD '{Password}';",
                "CREATE DATABASE mail OWNER postfix;");
            Psql(data, port, "mail",
                "CREATE TABLE alias (address text PRIMARY KEY, goto text NOT NULL, active boolean NOT NULL);",
                "INSERT INTO alias VALUES ('postmaster@example.org', 'admin@example.org', true), ('abuse@example.org', 'security@example.org', true), ('old@example.org', 'gone@example.org', false);",
                "GRANT SELECT ON alias TO postfix;");
            var table = new PgsqlTable
            {
                FileName = "pgsql_virtual_alias.cf",
                Hosts = [SqlHost.Inet("127.0.0.1", port)],
                DatabaseName = "mail",
                User = "postfix",
                Password = new Secret("pgsql-postfix"),
                Query = "SELECT goto FROM alias WHERE address = '%s' AND active",
                Domains = ["example.org"],
                ExpansionLimit = 1,
            };
            using var config = RenderedConfig.Write(TestHosts.Modern(new() { DisableVrfyCommand = true, VirtualAliasMaps = [table] }));
            var definition = config.PathOf("pgsql_virtual_alias.cf");

            // The committed file holds the marker, never the password, and only root may read it.
            var written = File.ReadAllText(definition);
            Assert.Contains("password = <secret:pgsql-postfix>", written);
            Assert.DoesNotContain(Password, written);
            Assert.True(config.Rendered.Files.Single(f => f.Name == "pgsql_virtual_alias.cf").Secret);

            // The deployment puts the value in the marker's place.
            File.WriteAllText(definition, written.Replace("<secret:pgsql-postfix>", Password, StringComparison.Ordinal));
            var reference = "pgsql:" + definition;
            Assert.Equal("admin@example.org\n", PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "postmaster@example.org", reference).AssertCleanSuccess().Stdout);
            Assert.Equal("security@example.org\n", PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "abuse@example.org", reference).AssertCleanSuccess().Stdout);

            // An inactive row, a missing address, a domain the definition does not serve, and a key
            // that would rewrite the query if it were not quoted: not found.
            foreach (var missing in new[] { "old@example.org", "nobody@example.org", "postmaster@example.net", "x' OR 'a'='a@example.org" })
            {
                var answer = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", missing, reference);
                Assert.True(answer is { ExitCode: 1, Stdout: "", Stderr: "" }, $"{missing}: exit {answer.ExitCode}, {answer.Stdout}{answer.Stderr}");
            }

            // postconf reads the reference without a warning (the pgsql plug-in is installed).
            Assert.Equal("", PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-n").AssertCleanSuccess().Stderr);

            // Through the cluster's UNIX socket (trusted, so no password): hosts names the socket's directory,
            // where libpq looks for the default port's name (the unix: form has no port; a link gives it one).
            var sockets = Path.Combine(data, "sockets");
            Directory.CreateDirectory(sockets);
            File.CreateSymbolicLink(Path.Combine(sockets, ".s.PGSQL.5432"), Path.Combine(data, $".s.PGSQL.{port}"));
            var local = table with { FileName = "pgsql_local.cf", Hosts = [SqlHost.Unix(sockets)], Password = null };
            using var localConfig = RenderedConfig.Write(TestHosts.Modern(new() { DisableVrfyCommand = true, VirtualAliasMaps = [local] }));
            Assert.Equal("admin@example.org\n", PostfixTools.Run(PostfixTools.Postmap, "-c", localConfig.Directory, "-q", "postmaster@example.org", "pgsql:" + localConfig.PathOf("pgsql_local.cf")).AssertCleanSuccess().Stdout);

            // With the marker left in place (a deployment that forgot the secret), the login fails: never an answer.
            File.WriteAllText(definition, written);
            var refused = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "postmaster@example.org", reference);
            Assert.NotEqual(0, refused.ExitCode);
            Assert.Contains("password authentication failed", refused.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>A private cluster in <paramref name="data"/>: trusted on its own UNIX socket (for loading), SCRAM passwords over TCP.</summary>
    private static TestDaemon StartCluster(string data, int port)
    {
        var cluster = Path.Combine(data, "cluster");
        Directory.CreateDirectory(cluster);
        // PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
        PostfixTools.Run("/bin/chown", "-R", "postgres:postgres", data).AssertSuccess();
        var (initdb, initArguments) = AsPostgres(Path.Combine(PostfixTools.PostgresBin, "initdb"),
            ["-D", cluster, "-U", "postgres", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync", "-E", "UTF8", "--locale=C"]);
        PostfixTools.Run(initdb, initArguments).AssertSuccess();
        var (postgres, arguments) = AsPostgres(Path.Combine(PostfixTools.PostgresBin, "postgres"),
            ["-D", cluster, "-k", data, "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", "fsync=off"]);
        return TestDaemon.Start("postgres", postgres, arguments, () => Ready(data, port));
    }

    /// <summary>
    /// The cluster accepts sessions. Its port opens before that: until its start-up is over, a client is
    /// refused with "the database system is starting up" (a CI run failed so), which pg_isready tells apart.
    /// </summary>
    private static bool Ready(string data, int port) =>
        TestDaemon.Listening(port)
        && PostfixTools.Run(Path.Combine(PostfixTools.PostgresBin, "pg_isready"), "-q", "-h", data, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture)).ExitCode == 0;

    // One -c per statement: each runs on its own, as CREATE DATABASE requires.
    private static void Psql(string data, int port, string database, params string[] statements) =>
        PostfixTools.Run(Path.Combine(PostfixTools.PostgresBin, "psql"),
            ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", data, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-d", database, .. statements.SelectMany(s => new[] { "-c", s })], input: null)
        .AssertSuccess();

    /// <summary>The command run as the postgres user when the tests run as root (setpriv execs it directly, so signals reach it).</summary>
    private static (string Executable, string[] Arguments) AsPostgres(string executable, IEnumerable<string> arguments) =>
        Environment.UserName == "root"
            ? (PostfixTools.Setpriv, ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", executable, .. arguments])
            : (executable, arguments.ToArray());
}
