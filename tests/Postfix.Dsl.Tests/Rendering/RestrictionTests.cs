#pragma warning disable PFX0300, PFX0301, PFX0302 // the obsolete restrictions are part of what is checked
using System;
using System.Linq;
using System.Reflection;
using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Rendering;

/// <summary>The restriction catalog; how every restriction is written is the "restrictions" snapshot case.</summary>
public class RestrictionTests
{
    [Fact]
    public void The_dsl_offers_at_least_the_restrictions_of_the_article_and_their_modern_forms()
    {
        var names = SnapshotCases.EveryRestriction().Select(r => r.Name).ToHashSet();
        string[] required =
        [
            "permit_mynetworks", "reject_unauth_destination", "check_client_access", "check_sender_access",
            "reject_rbl_client", "reject_unknown_sender_domain", "reject_non_fqdn_sender", "reject_unknown_recipient_domain",
            "reject_unknown_client_hostname", "check_relay_domains", "reject_maps_rbl", "reject_unknown_client",
        ];
        Assert.Empty(required.Except(names));
    }

    [Theory]
    [InlineData(nameof(CheckRelayDomains), "RejectUnauthDestination")]
    [InlineData(nameof(RejectMapsRbl), "RejectRblClient")]
    [InlineData(nameof(RejectUnknownClient), "RejectUnknownClientHostname")]
    [InlineData(nameof(RejectUnknownHostname), "RejectUnknownHeloHostname")]
    [InlineData(nameof(RejectInvalidHostname), "RejectInvalidHeloHostname")]
    [InlineData(nameof(RejectNonFqdnHostname), "RejectNonFqdnHeloHostname")]
    [InlineData(nameof(PermitNakedIpAddress), "PermitMynetworks")]
    public void Obsolete_restrictions_name_their_modern_replacement(string member, string replacement)
    {
        var obsolete = typeof(Restrictions).GetProperty(member)!.GetCustomAttribute<ObsoleteAttribute>();
        Assert.NotNull(obsolete);
        Assert.Contains(replacement, obsolete.Message);
    }

    [Fact]
    public void Only_the_restrictions_postfix_accepts_as_relay_protection_stop_relaying() =>
        Assert.Equal(
            ["check_relay_domains", "defer", "defer_if_permit", "defer_unauth_destination", "reject", "reject_unauth_destination"],
            SnapshotCases.EveryRestriction().Where(r => r.StopsRelaying).Select(r => r.Name).Order());
}
