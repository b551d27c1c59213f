using System.IO;
using System.Linq;
using Postfix.Dsl.Tests.RealPostfix.Live;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// An LdapTable definition, judged by postmap against a real OpenLDAP (slapd) that the test loads
/// with a small directory, starts on a free port, binds to with the secret the deployment would put
/// in the marker's place, and stops.
/// </summary>
public class LdapJudgeTests
{
    private const string Password = "bind-secret-for-the-test";

    [PostfixFact(NeedsRoot = true)]
    public void Postmap_answers_through_the_generated_definition_for_an_existing_key_and_nothing_for_a_missing_one()
    {
        var data = Directory.CreateTempSubdirectory("postfix-dsl-ldap-").FullName;
        try
        {
            var port = Loopback.FreePort();
            using var slapd = StartSlapd(data, port);
            var table = new LdapTable
            {
                FileName = "ldap_virtual.cf",
                ServerHosts = [$"ldap://127.0.0.1:{port}"],
                SearchBase = "ou=people,dc=example,dc=org",
                QueryFilter = "(mail=%s)",
                ResultAttributes = ["uid"],
                Scope = LdapScope.One,
                Domains = ["example.org"],
                BindDn = "cn=postfix,dc=example,dc=org",
                BindPassword = new Secret("ldap-postfix"),
            };
            using var config = RenderedConfig.Write(TestHosts.Modern(new() { DisableVrfyCommand = true, VirtualAliasMaps = [table] }));
            var definition = config.PathOf("ldap_virtual.cf");

            // What the host writes holds the marker, never the password, and only root may read it.
            var written = File.ReadAllText(definition);
            Assert.Contains("bind_pw = <secret:ldap-postfix>", written);
            Assert.DoesNotContain(Password, written);
            Assert.True(config.Rendered.Files.Single(f => f.Name == "ldap_virtual.cf").Secret);

            // The deployment puts the value in the marker's place.
            File.WriteAllText(definition, written.Replace("<secret:ldap-postfix>", Password, System.StringComparison.Ordinal));
            var reference = "ldap:" + definition;

            Assert.Equal("alice\n", PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "postmaster@example.org", reference).AssertCleanSuccess().Stdout);
            Assert.Equal("bob\n", PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "bob@example.org", reference).AssertCleanSuccess().Stdout);
            foreach (var missing in new[] { "nobody@example.org", "alice@example.net" })
            {
                var answer = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", missing, reference);
                Assert.True(answer is { ExitCode: 1, Stdout: "", Stderr: "" }, $"{missing}: exit {answer.ExitCode}, {answer.Stdout}{answer.Stderr}");
            }

            // With the marker left in place (a deployment that forgot the secret), the bind fails: never a silent anonymous answer.
            File.WriteAllText(definition, written);
            var unbound = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "postmaster@example.org", reference);
            Assert.NotEqual(0, unbound.ExitCode);
            Assert.Contains("bind", unbound.Stderr, System.StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>A private slapd: its own config, a directory loaded with slapadd, anonymous reads refused.</summary>
    private static TestDaemon StartSlapd(string data, int port)
    {
        var database = Path.Combine(data, "db");
        Directory.CreateDirectory(database);
        var config = Path.Combine(data, "slapd.conf");
        File.WriteAllText(config, $"""
            include /etc/ldap/schema/core.schema
            include /etc/ldap/schema/cosine.schema
            include /etc/ldap/schema/inetorgperson.schema
            modulepath /usr/lib/ldap
            moduleload back_mdb
            pidfile {Path.Combine(data, "slapd.pid")}
            database mdb
            suffix "dc=example,dc=org"
            rootdn "cn=admin,dc=example,dc=org"
            directory {database}
            access to attrs=userPassword by anonymous auth by * none
            access to * by dn.exact="cn=postfix,dc=example,dc=org" read by anonymous auth by * none
            """);
        var ldif = Path.Combine(data, "data.ldif");
        File.WriteAllText(ldif, $"""
            dn: dc=example,dc=org
            objectClass: dcObject
            objectClass: organization
            o: Example
            dc: example

            dn: cn=postfix,dc=example,dc=org
            objectClass: organizationalRole
            objectClass: simpleSecurityObject
            cn: postfix
            userPassword: {Password}

            dn: ou=people,dc=example,dc=org
            objectClass: organizationalUnit
            ou: people

            dn: uid=alice,ou=people,dc=example,dc=org
            objectClass: inetOrgPerson
            uid: alice
            cn: Alice
            sn: A
            mail: alice@example.org
            mail: postmaster@example.org

            dn: uid=bob,ou=people,dc=example,dc=org
            objectClass: inetOrgPerson
            uid: bob
            cn: Bob
            sn: B
            mail: bob@example.org

            """);
        PostfixTools.Run(PostfixTools.Slapadd, "-f", config, "-l", ldif).AssertSuccess();
        return TestDaemon.Start("slapd", PostfixTools.Slapd, ["-d", "0", "-h", $"ldap://127.0.0.1:{port}/", "-f", config], () => TestDaemon.Listening(port));
    }
}
