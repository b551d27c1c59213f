using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.Model;

/// <summary>
/// A setting keeps its written text once computed (the checks, the renderer and the read-back each ask
/// for it): the text kept must always be the one of the setting's own value, descriptor and
/// configuration folder, and keeping it must not change what the setting equals.
/// </summary>
public sealed class ParameterSettingTextTests
{
    private static ParameterSetting Banner(string text) => new(ParameterCatalog.SmtpdBanner, text);

    [Fact]
    public void The_text_is_computed_once_and_then_the_same_object()
    {
        var setting = Banner("$myhostname ESMTP");

        var first = ParameterText.Of(setting, "/etc/postfix");

        Assert.Equal(["$myhostname ESMTP"], first.Items);
        Assert.Same(first, ParameterText.Of(setting, "/etc/postfix"));
    }

    [Fact]
    public void A_with_copy_of_another_value_or_parameter_gets_its_own_text()
    {
        var setting = Banner("$myhostname ESMTP");
        _ = ParameterText.Of(setting, "/etc/postfix");

        var otherValue = setting with { Value = "mail ESMTP" };
        var otherParameter = setting with { Descriptor = ParameterCatalog.Myhostname };

        Assert.Equal(["mail ESMTP"], ParameterText.Of(otherValue, "/etc/postfix").Items);
        Assert.Equal("myhostname", otherParameter.Name);
        Assert.Equal(["$myhostname ESMTP"], ParameterText.Of(setting, "/etc/postfix").Items);
    }

    [Fact]
    public void A_table_reference_follows_the_configuration_folder_asked_for()
    {
        var table = new AccessTable { FileName = "access", Entries = [new AccessEntry(AccessKey.Domain("example.com"), AccessAction.Ok)] };
        var setting = new ParameterSetting(ParameterCatalog.SmtpdClientRestrictions, ValueList.Of<Restriction>([Restrictions.CheckClientAccess(table)]));

        var inEtc = ParameterText.Of(setting, "/etc/postfix").Items.Single();
        var inOther = ParameterText.Of(setting, "/srv/postfix").Items.Single();

        Assert.Equal("check_client_access hash:/etc/postfix/access", inEtc);
        Assert.Equal("check_client_access hash:/srv/postfix/access", inOther);
        Assert.Equal(inEtc, ParameterText.Of(setting, "/etc/postfix").Items.Single());
    }

    [Fact]
    public void Equality_and_hash_are_by_descriptor_and_value_whatever_was_computed()
    {
        var computed = Banner("$myhostname ESMTP");
        _ = ParameterText.Of(computed, "/etc/postfix");
        var fresh = Banner("$myhostname ESMTP");

        Assert.Equal(fresh, computed);
        Assert.Equal(fresh.GetHashCode(), computed.GetHashCode());
        Assert.NotEqual(Banner("other"), computed);
    }
}
