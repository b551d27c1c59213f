using System;
using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Model;

/// <summary>The typed parts of a modern host: what each writes, and the bad inputs each refuses with the expected form.</summary>
public class ModernPartsTests
{
    [Fact]
    public void A_milter_is_its_endpoint_alone_or_grouped_with_its_settings_in_postfix_order()
    {
        Assert.Equal("inet:127.0.0.1:8891", (string)Milter.Inet("127.0.0.1", 8891));
        Assert.Equal("unix:/run/opendkim/opendkim.sock", Milter.Unix("/run/opendkim/opendkim.sock").Text);
        Assert.Equal(
            "unix:/run/rspamd/milter.sock, connect_timeout=10s, command_timeout=20s, content_timeout=5m, default_action=tempfail, protocol=6",
            (Milter.Unix("/run/rspamd/milter.sock") with
            {
                Protocol = 6, DefaultAction = MilterDefaultAction.Tempfail, ContentTimeout = PostfixTime.Minutes(5),
                CommandTimeout = PostfixTime.Seconds(20), ConnectTimeout = PostfixTime.Seconds(10),
            }).Text);
    }

    [Theory]
    [InlineData("", 8891, "host")]
    [InlineData("127.0.0.1", 0, "port")]
    [InlineData("127.0.0.1", 65536, "port")]
    [InlineData("a b", 25, "host")]
    public void A_milter_endpoint_refuses_what_is_not_a_host_and_port(string host, int port, string parameter) =>
        Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(() => Milter.Inet(host, port)).ParamName);

    [Fact]
    public void A_milter_protocol_outside_2_to_6_is_refused_when_written()
    {
        var milter = Milter.Inet("127.0.0.1", 8891) with { Protocol = 7 };

        Assert.Contains("2 to 6", Assert.Throws<ArgumentOutOfRangeException>(() => milter.Text).Message);
    }

    [Fact]
    public void A_spawned_policy_service_gives_the_restriction_and_its_master_cf_row_from_one_object()
    {
        var spf = PolicyService.Spawn("policyd-spf", "policyd-spf", ["/usr/bin/policyd-spf", "--debug"], PostfixTime.Seconds(3600));

        Assert.Equal("unix:private/policyd-spf", spf.Endpoint);
        Assert.Equal("check_policy_service", spf.Check.Name);
        Assert.Equal("unix:private/policyd-spf", spf.Check.Argument);
        var row = spf.Service!;
        Assert.Equal(("policyd-spf", ServiceType.Unix, "spawn", false, false, 0), (row.Name, row.Type, row.Command, row.Unprivileged, row.Chroot, row.MaxProcesses));
        Assert.Equal(["user=policyd-spf", "argv=/usr/bin/policyd-spf", "--debug"], row.Arguments);
        Assert.Equal(PostfixTime.Seconds(3600), row.Transport.TimeLimit?.Value);
        Assert.Equal("inet:127.0.0.1:10023", CheckPolicyService(PolicyService.Inet("127.0.0.1", 10023)).Argument);
        Assert.Null(PolicyService.Unix("/run/policy.sock").Service);
    }

    [Fact]
    public void A_spawned_policy_service_refuses_an_empty_program_and_a_user_with_blanks()
    {
        Assert.Equal("argv", Assert.Throws<ArgumentException>(() => PolicyService.Spawn("spf", "nobody", [])).ParamName);
        Assert.Equal("user", Assert.Throws<ArgumentException>(() => PolicyService.Spawn("spf", "no body", ["/bin/true"])).ParamName);
    }

    [Theory]
    [InlineData("zen.spamhaus.org", null, 1, "zen.spamhaus.org")]
    [InlineData("zen.spamhaus.org", "127.0.0.[2..11]", 3, "zen.spamhaus.org=127.0.0.[2..11]*3")]
    [InlineData("bl.spamcop.net", null, 2, "bl.spamcop.net*2")]
    [InlineData("list.dnswl.org", "127.0.[0..255].[1..3]", -2, "list.dnswl.org=127.0.[0..255].[1..3]*-2")]
    public void A_dns_list_site_is_written_domain_filter_weight(string domain, string? reply, int weight, string expected) =>
        Assert.Equal(expected, (string)new DnsblSite(domain) { Reply = reply, Weight = weight });

    [Fact]
    public void A_dns_list_site_refuses_a_domain_that_holds_its_filter_or_weight() =>
        Assert.Contains("put a reply filter in Reply", Assert.Throws<ArgumentException>(() => new DnsblSite("zen.spamhaus.org*3")).Message);

    [Fact]
    public void Tls_protocols_are_one_shape_for_every_protocol_parameter()
    {
        Assert.Equal([">=TLSv1.2"], TlsProtocols.AtLeast(TlsProtocol.TlsV1_2));
        Assert.Equal([">=TLSv1.2", "<=TLSv1.3"], TlsProtocols.Between(TlsProtocol.TlsV1_2, TlsProtocol.TlsV1_3));
        Assert.Equal(["!SSLv2", "!SSLv3", "!TLSv1", "!TLSv1.1"], TlsProtocols.Excluding(TlsProtocol.SslV2, TlsProtocol.SslV3, TlsProtocol.TlsV1, TlsProtocol.TlsV1_1));
    }

    [Fact]
    public void Key_pairs_list_each_key_before_its_certificates()
    {
        Assert.Equal(
            ["/k/rsa.key", "/c/rsa.pem", "/c/ca.pem", "/k/ec.key", "/c/ec.pem"],
            TlsKeyPair.Files(new TlsKeyPair("/k/rsa.key", ["/c/rsa.pem", "/c/ca.pem"]), new TlsKeyPair("/k/ec.key", "/c/ec.pem")));
        Assert.Throws<ArgumentException>(() => new TlsKeyPair("/k/rsa.key", Array.Empty<string>()));
    }

    [Fact]
    public void A_secret_is_named_never_valued_and_its_marker_is_what_the_file_holds()
    {
        Assert.Equal("<secret:relay-password>", new Secret("relay-password").Marker);
        Assert.Contains("letters, digits", Assert.Throws<ArgumentException>(() => new Secret("relay password")).Message);
        Assert.Equal("[smtp.example.net]:587", new SaslPasswordEntry(Nexthop.Host("smtp.example.net", 587), "u", new Secret("p")).Key);
        Assert.Equal("u:<secret:p>", new SaslPasswordEntry(Nexthop.Host("smtp.example.net", 587), "u", new Secret("p")).Value);
    }

    [Fact]
    public void Server_tables_are_written_from_typed_endpoints_and_refuse_what_postfix_would_misread()
    {
        Assert.Equal("socketmap:inet:127.0.0.1:8461:postfix", ((ExternalTable)TableEndpoint.Socketmap("127.0.0.1", 8461, "postfix")).Reference);
        Assert.Equal("socketmap:unix:/run/aliasd/socketmap.sock:virtual", ((ExternalTable)TableEndpoint.SocketmapUnix("/run/aliasd/socketmap.sock", "virtual")).Reference);
        Assert.Equal("tcp:127.0.0.1:2527", ((ExternalTable)TableEndpoint.Tcp("127.0.0.1", 2527)).Reference);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => TableEndpoint.Socketmap("127.0.0.1", 8461, "a:b")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => TableEndpoint.SocketmapUnix("/run/a:b.sock", "x")).ParamName);
        Assert.Equal("port", Assert.Throws<ArgumentOutOfRangeException>(() => TableEndpoint.Tcp("127.0.0.1", 0)).ParamName);
    }

    [Fact]
    public void The_mta_sts_resolver_is_a_socketmap_reference() =>
        Assert.Equal("socketmap:inet:127.0.0.1:8461:postfix", ((ExternalTable)TlsPolicyMaps.MtaSts()).Reference);

    [Fact]
    public void A_tls_policy_is_its_level_then_its_attributes()
    {
        var policy = new TlsPolicy(SmtpTlsSecurityLevel.Secure) { Match = [".example.com", "nexthop"], Protocols = TlsProtocols.AtLeast(TlsProtocol.TlsV1_2), Ciphers = TlsCipherGrade.High, ConnectionReuse = true };

        Assert.Equal("secure match=.example.com:nexthop protocols=>=TLSv1.2 ciphers=high connection_reuse=yes", policy.Text);
        Assert.Equal("dane-only", new TlsPolicy(SmtpTlsSecurityLevel.DaneOnly).Text);
        Assert.Equal(".example.com", TlsPolicyDestination.Subdomains("example.com").Text);
    }
}
