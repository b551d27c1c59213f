using System;
using System.Linq;
using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// Tables read through proxymap (<see cref="LookupTable.Proxied"/>) are approved in proxy_read_maps,
/// judged by postconf -x: proxymap expands proxy_read_maps the same way and refuses any proxy: table
/// that is not among the words it gets.
/// </summary>
public class ProxyApprovalTests
{
    private static readonly VirtualAliasTable Aliases = new() { FileName = "virtual", Proxied = true, Entries = [new("postmaster@example.org", ["admin@example.org"])] };

    private static readonly AccessTable Senders = new() { FileName = "submission_senders", Proxied = true, Entries = [new(AccessKey.Domain("spam.example"), AccessAction.Reject())] };

    private static readonly AccessTable Screened = new() { FileName = "screened_clients", Proxied = true, Type = TableType.Cidr, Entries = [new(AccessKey.Cidr("192.0.2.0/24"), AccessAction.Reject())] };

    /// <summary>Used in virtual_alias_maps only, which Postfix's own list names: main.cf gets no proxy_read_maps line.</summary>
    private static MailHost DefaultListCovers() => TestHosts.Modern(new() { DisableVrfyCommand = true, VirtualAliasMaps = [Aliases], VirtualAliasDomains = ["example.org"] });

    /// <summary>In a submission -o override and in a restriction class, which the list does not expand.</summary>
    private static MailHost OverrideAndClass() => DefaultListCovers() with
    {
        MainCf = DefaultListCovers().MainCf with
        {
            SmtpdRecipientRestrictions = [PermitMynetworks, RejectUnauthDestination, CheckClientAccess(Screened)],
        },
        MasterCf = MasterCf.Stock.Add(Service.Submission(o => o with
        {
            SmtpdSenderRestrictions = [CheckSenderAccess(Senders), PermitSaslAuthenticated, Reject],
        })),
    };

    /// <summary>The host's own list, which names virtual_alias_maps but not the submission table.</summary>
    private static MailHost OwnList() => OverrideAndClass() with
    {
        MainCf = OverrideAndClass().MainCf with { ProxyReadMaps = [Expansion.Of(ParameterCatalog.VirtualAliasMaps)] },
    };

    [Fact]
    public void A_table_the_default_list_names_adds_nothing() =>
        Assert.DoesNotContain("proxy_read_maps", PostfixDsl.Render(DefaultListCovers()).File("main.cf"));

    [Fact]
    public void A_table_in_an_override_is_appended_to_Postfixs_own_list()
    {
        var line = ProxyReadMaps(OverrideAndClass());

        Assert.StartsWith("$local_recipient_maps $mydestination $virtual_alias_maps", line);
        Assert.EndsWith(" $smtp_nested_header_checks proxy:hash:/etc/postfix/submission_senders", line);
        // smtpd_recipient_restrictions is in Postfix's list: the cidr table is approved through it.
        Assert.DoesNotContain("screened_clients", line);
    }

    [Fact]
    public void A_host_list_gets_what_it_misses_after_its_own_items()
    {
        var line = ProxyReadMaps(OwnList());

        Assert.Equal("$virtual_alias_maps proxy:cidr:/etc/postfix/screened_clients proxy:hash:/etc/postfix/submission_senders", line);
    }

    /// <summary>The value of proxy_read_maps in the rendered main.cf, its continuation lines joined.</summary>
    private static string ProxyReadMaps(MailHost host)
    {
        var lines = PostfixDsl.Render(host).File("main.cf").Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("proxy_read_maps =", StringComparison.Ordinal));
        return string.Join(" ", lines.Skip(start).Take(1).Select(l => l["proxy_read_maps =".Length..])
            .Concat(lines.Skip(start + 1).TakeWhile(l => l.StartsWith(' ') || l.StartsWith('\t')))
            .Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    [PostfixFact]
    public void Postconf_expands_proxy_read_maps_to_every_proxied_reference_the_host_uses()
    {
        foreach (var host in new[] { DefaultListCovers(), OverrideAndClass(), OwnList() })
        {
            Assert.Empty(HostValidator.Diagnose(host));
            using var config = RenderedConfig.Write(host);
            var approved = PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-x", "-h", "proxy_read_maps").AssertCleanSuccess().Stdout
                .Split([' ', ',', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var used = config.Rendered.Files.Where(f => f.Name is "main.cf" or "master.cf")
                .SelectMany(f => f.Content.Split([' ', ',', '\t', '\n', '='], StringSplitOptions.RemoveEmptyEntries))
                .Where(word => word.StartsWith("proxy:", StringComparison.Ordinal))
                .ToList();

            Assert.NotEmpty(used);
            Assert.All(used, reference => Assert.Contains(reference, approved));
            Assert.Equal("", PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-n").AssertCleanSuccess().Stderr);
        }
    }
}
