using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>An ldap_table(5) definition: servers, base, filter (PFX0326), attributes, and a password only with a bind DN.</summary>
public class LdapTableRuleTests
{
    private static readonly LdapTable Valid = new()
    {
        FileName = "ldap_virtual.cf",
        ServerHosts = ["ldap://ldap.example.org", "ldaps://ldap2.example.org:636"],
        SearchBase = "ou=people,dc=example,dc=org",
        QueryFilter = "(&(mail=%s)(accountStatus=active))",
        ResultAttributes = ["maildrop", "mail"],
        BindDn = "cn=postfix,dc=example,dc=org",
        BindPassword = new Secret("ldap-postfix"),
    };

    private static MailHost With(LdapTable table) => TestHosts.Modern(new() { DisableVrfyCommand = true, VirtualAliasMaps = [table] });

    [Fact]
    public void A_complete_definition_passes_and_holds_its_password_as_a_marker_in_a_0600_file()
    {
        Assert.Empty(HostValidator.Diagnose(With(Valid)));
        var file = Assert.Single(PostfixDsl.Render(With(Valid)).Files, f => f.Name == "ldap_virtual.cf");
        Assert.True(file.Secret);
        Assert.Contains("bind_pw = <secret:ldap-postfix>\n", file.Content);
        Assert.False(Valid with { BindPassword = null, BindDn = null } is { HoldsSecrets: true });
    }

    [Fact]
    public void PFX0326_a_filter_without_the_key()
    {
        var error = ValidationAssert.Single(With(Valid with { QueryFilter = "(objectClass=person)" }), ValidationRules.QueryWithoutKey);

        ValidationAssert.NamesEverything(error, "ldap_virtual.cf", "query_filter", "(objectClass=person)", "(mail=%s)");
    }

    [Theory]
    [InlineData("server_host")]
    [InlineData("search_base")]
    [InlineData("query_filter")]
    [InlineData("result_attribute")]
    [InlineData("bind_dn")]
    public void PFX0016_a_setting_ldap_table_5_would_read_otherwise(string setting)
    {
        var table = setting switch
        {
            "server_host" => Valid with { ServerHosts = ["ldap://a.example.org, ldap://b.example.org"] },
            "search_base" => Valid with { SearchBase = "people" },
            "query_filter" => Valid with { QueryFilter = "mail=%s" },
            "result_attribute" => Valid with { ResultAttributes = ["mail drop"] },
            _ => Valid with { BindDn = null },
        };

        Assert.Equal(setting, ValidationAssert.Single(With(table), ValidationRules.Unwritable).Location);
    }
}
