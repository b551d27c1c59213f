using System;
using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>PFX0329 at emit: a secret named like a password, in every table that holds secrets; never with the text in the message.</summary>
public class SecretNameRuleTests
{
    [Theory]
    [InlineData("Tr0ub4dor3x")]
    [InlineData("Passw0rdPassw0rd")]
    public void PFX0329_a_secret_whose_name_looks_like_a_password(string name)
    {
        var sasl = new SaslPasswordTable { FileName = "sasl_passwd", Entries = [new(Nexthop.Host("relay.example.net", 587), "mx", new Secret(name))] };
        var error = ValidationAssert.Single(TestHosts.Modern(new() { DisableVrfyCommand = true, SmtpSaslPasswordMaps = [sasl] }), ValidationRules.SecretNameLooksLikePassword);

        ValidationAssert.NamesEverything(error, "sasl_passwd", "key [relay.example.net]:587", "(not shown)", "POSTFIX_DSL_SECRET_RELAY_PASSWORD");
        Assert.DoesNotContain(name, error.Message);
    }

    [Fact]
    public void PFX0329_in_ldap_and_sql_definitions_too()
    {
        var pgsql = new PgsqlTable { FileName = "p.cf", Hosts = ["db"], DatabaseName = "mail", User = "postfix", Password = new Secret("Zx8vQ2mP9k"), Query = "SELECT 1 FROM t WHERE k = '%s'" };
        Assert.Equal("password", ValidationAssert.Single(TestHosts.Modern(new() { DisableVrfyCommand = true, VirtualAliasMaps = [pgsql] }), ValidationRules.SecretNameLooksLikePassword).Location);
    }

    [Theory]
    [InlineData("relay-password")]
    [InlineData("ldap")]
    [InlineData("RELAY_PASSWORD")]
    [InlineData("db2.postfix")]
    public void Names_are_names(string name) => Assert.Null(SecretNames.PasswordProblem(name));

    [Fact]
    public void The_constructor_refuses_a_text_no_name_has_without_repeating_it()
    {
        var refused = Assert.Throws<ArgumentException>(() => new Secret("hunter2 !"));
        Assert.DoesNotContain("hunter2", refused.Message);
    }
}
