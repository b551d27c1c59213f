using System.Collections.Generic;
using System.Linq;
using System.Net;
using Xunit;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>Every generated table, built and queried with the real postmap.</summary>
public class TableCheckTests
{
    public static IEnumerable<object[]> AccessTables() =>
        JudgedHosts.All.OrderBy(h => h.Key)
            .SelectMany(h => PostfixDsl.Render(h.Value).Files.Select(f => f.Name)
                .Where(file => AccessTableOf(h.Value, file) is not null)
                .Select(file => new object[] { h.Key, file }));

    [PostfixTheory]
    [MemberData(nameof(AccessTables))]
    public void Postmap_builds_the_access_table_and_answers_every_key_with_the_models_action(string host, string file)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);
        var table = AccessTableOf(config.Host, file)!;
        var reference = ModelExpectations.Reference(table, config.Directory);
        if (table.NeedsPostmap)
        {
            PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, reference).AssertCleanSuccess();
        }

        foreach (var entry in table.Entries)
        {
            var query = entry.Key.Kind == AccessKeyKind.Cidr ? FirstAddress(entry.Key.Text) : entry.Key.Text;
            var answer = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", query, reference).AssertCleanSuccess();
            Assert.Equal(ModelExpectations.AccessAnswer(entry.Action, config.Directory), answer.Stdout.TrimEnd('\n'));
        }
    }

    public static IEnumerable<object[]> TransportTables() =>
        JudgedHosts.All.OrderBy(h => h.Key)
            .SelectMany(h => HostTables.Collect(h.Value).OfType<TransportTable>().Select(t => new object[] { h.Key, t.FileName }));

    [PostfixTheory]
    [MemberData(nameof(TransportTables))]
    public void Postmap_builds_the_transport_table_and_answers_every_key_with_the_models_route(string host, string file)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);
        var table = HostTables.Collect(config.Host).OfType<TransportTable>().Single(t => t.FileName == file);
        var reference = ModelExpectations.Reference(table, config.Directory);
        if (table.NeedsPostmap)
        {
            PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, reference).AssertCleanSuccess();
        }

        foreach (var entry in table.Entries)
        {
            var answer = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", entry.Key.Text, reference).AssertCleanSuccess();
            Assert.Equal(ModelExpectations.TransportAnswer(entry.Route), answer.Stdout.TrimEnd('\n'));
        }
    }

    public static IEnumerable<object[]> VirtualAliasTables() =>
        JudgedHosts.All.OrderBy(h => h.Key)
            .SelectMany(h => HostTables.Collect(h.Value).OfType<VirtualAliasTable>().Select(t => new object[] { h.Key, t.FileName }));

    [PostfixTheory]
    [MemberData(nameof(VirtualAliasTables))]
    public void Postmap_builds_the_virtual_table_and_answers_each_key_with_its_addresses(string host, string file)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);
        var table = HostTables.Collect(config.Host).OfType<VirtualAliasTable>().Single(t => t.FileName == file);
        var reference = ModelExpectations.Reference(table, config.Directory);
        PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, reference).AssertCleanSuccess();

        Assert.NotEmpty(table.Entries);
        foreach (var entry in table.Entries)
        {
            var answer = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", entry.Key.Text, reference).AssertCleanSuccess();
            Assert.Equal(string.Join(", ", entry.Addresses), answer.Stdout.TrimEnd('\n'));
        }
    }

    public static IEnumerable<object[]> NetworkTables() =>
        JudgedHosts.All.OrderBy(h => h.Key)
            .SelectMany(h => HostTables.Collect(h.Value).OfType<NetworkTable>().Select(t => new object[] { h.Key, t.FileName }));

    [PostfixTheory]
    [MemberData(nameof(NetworkTables))]
    public void Postmap_finds_an_address_of_every_network_of_a_network_table_and_none_outside_them(string host, string file)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);
        var table = HostTables.Collect(config.Host).OfType<NetworkTable>().Single(t => t.FileName == file);
        var reference = ModelExpectations.Reference(table, config.Directory);

        Assert.NotEmpty(table.Networks);
        foreach (var network in table.Networks)
        {
            Assert.Equal("OK\n", PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", FirstAddress(network), reference).AssertCleanSuccess().Stdout);
        }

        foreach (var outside in new[] { "192.0.2.99", "2001:db8:ffff::1" })
        {
            Assert.Equal(1, PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", outside, reference).ExitCode);
        }
    }

    public static IEnumerable<object[]> VirtualMailboxTables() =>
        JudgedHosts.All.OrderBy(h => h.Key)
            .SelectMany(h => HostTables.Collect(h.Value).OfType<VirtualMailboxTable>().Select(t => new object[] { h.Key, t.FileName }));

    [PostfixTheory]
    [MemberData(nameof(VirtualMailboxTables))]
    public void Postmap_builds_the_virtual_mailbox_table_and_answers_each_address_with_its_mailbox_and_each_declared_domain(string host, string file)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);
        var table = HostTables.Collect(config.Host).OfType<VirtualMailboxTable>().Single(t => t.FileName == file);
        var reference = ModelExpectations.Reference(table, config.Directory);
        PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, reference).AssertCleanSuccess();

        Assert.Contains(table.Entries, e => e.Mailbox is not null);
        foreach (var entry in table.Entries)
        {
            var answer = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", entry.Key.Text, reference).AssertCleanSuccess();
            if (entry.Mailbox is { } mailbox)
            {
                Assert.Equal(mailbox.Path, answer.Stdout.TrimEnd('\n'));
            }
        }

        // The declared domains are what virtual_mailbox_domains (by default $virtual_mailbox_maps) finds.
        var domains = PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-h", "virtual_mailbox_domains").AssertCleanSuccess().Stdout.Trim();
        Assert.Equal("$virtual_mailbox_maps", domains);
        Assert.NotEmpty(table.DeclaredDomains);
    }

    public static IEnumerable<object[]> AddressTables() =>
        JudgedHosts.All.OrderBy(h => h.Key)
            .SelectMany(h => HostTables.Collect(h.Value).Where(t => t is CanonicalTable or RelocatedTable or SenderLoginTable or SenderRelayhostTable or BccTable).Select(t => new object[] { h.Key, t.FileName }));

    [PostfixTheory]
    [MemberData(nameof(AddressTables))]
    public void Postmap_builds_the_address_table_and_answers_each_key_with_its_value(string host, string file)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);
        var table = HostTables.Collect(config.Host).Single(t => t.FileName == file);
        var reference = ModelExpectations.Reference(table, config.Directory);
        PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, reference).AssertCleanSuccess();

        // What each manual says the lookup returns: the address, the new contact, the login names.
        var expected = table switch
        {
            CanonicalTable canonical => canonical.Entries.Select(e => (e.Key.Text, e.Address)).ToList(),
            RelocatedTable relocated => relocated.Entries.Select(e => (e.Key.Text, e.NewContact)).ToList(),
            SenderLoginTable logins => logins.Entries.Select(e => (e.Key.Text, string.Join(", ", e.Logins))).ToList(),
            // The next hop as relayhost writes it: [host]:port without MX lookup, domain:port with it.
            SenderRelayhostTable relayhosts => relayhosts.Entries.Select(e => (e.Key.Text,
                (e.Relayhost.MxLookup ? e.Relayhost.Name : $"[{e.Relayhost.Name}]") + (e.Relayhost.Port is { } port ? ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty))).ToList(),
            BccTable bcc => bcc.Entries.Select(e => (e.Key.Text, e.Address)).ToList(),
            _ => [],
        };
        Assert.NotEmpty(expected);
        foreach (var (key, value) in expected)
        {
            var answer = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", key, reference).AssertCleanSuccess();
            Assert.Equal(value, answer.Stdout.TrimEnd('\n'));
        }
    }

    public static IEnumerable<object[]> AliasTables() =>
        JudgedHosts.All.OrderBy(h => h.Key)
            .SelectMany(h => HostTables.Collect(h.Value).OfType<AliasTable>().Select(t => new object[] { h.Key, t.FileName }));

    [PostfixTheory]
    [MemberData(nameof(AliasTables))]
    public void Postalias_builds_the_alias_table_and_answers_each_name_with_its_targets(string host, string file)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);
        var table = HostTables.Collect(config.Host).OfType<AliasTable>().Single(t => t.FileName == file);
        var reference = ModelExpectations.Reference(table, config.Directory);
        PostfixTools.Run(PostfixTools.Postalias, "-c", config.Directory, reference).AssertCleanSuccess();

        Assert.NotEmpty(table.Entries);
        foreach (var entry in table.Entries)
        {
            // aliases(5): targets joined by ", "; a command in quotes when it holds a blank.
            var expected = string.Join(", ", entry.Targets.Select(t => t.Kind switch
            {
                AliasTargetKind.Include => ":include:" + t.Value,
                AliasTargetKind.Command => t.Value.Contains(' ') ? $"\"|{t.Value}\"" : "|" + t.Value,
                _ => t.Value,
            }));
            var answer = PostfixTools.Run(PostfixTools.Postalias, "-c", config.Directory, "-q", entry.Name, reference).AssertCleanSuccess();
            Assert.Equal(expected, answer.Stdout.TrimEnd('\n'));
        }
    }

    public static IEnumerable<object[]> TlsPolicyTables() =>
        JudgedHosts.All.OrderBy(h => h.Key)
            .SelectMany(h => HostTables.Collect(h.Value).OfType<TlsPolicyTable>().Select(t => new object[] { h.Key, t.FileName }));

    [PostfixTheory]
    [MemberData(nameof(TlsPolicyTables))]
    public void Postmap_builds_the_tls_policy_table_and_answers_each_destination_with_its_level_and_attributes(string host, string file)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);
        var table = HostTables.Collect(config.Host).OfType<TlsPolicyTable>().Single(t => t.FileName == file);
        var reference = ModelExpectations.Reference(table, config.Directory);
        PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, reference).AssertCleanSuccess();

        Assert.NotEmpty(table.Entries);
        foreach (var entry in table.Entries)
        {
            // What smtp_tls_policy_maps(5) reads: the level word, then attribute=value words.
            var policy = entry.Policy;
            var expected = string.Join(" ", new[]
            {
                policy.Level switch { SmtpTlsSecurityLevel.DaneOnly => "dane-only", var level => level.ToString().ToLowerInvariant() },
                policy.Match.Count > 0 ? "match=" + string.Join(":", policy.Match) : null,
                policy.Protocols.Count > 0 ? "protocols=" + string.Join(":", policy.Protocols) : null,
                policy.Ciphers is { } ciphers ? "ciphers=" + ciphers.ToString().ToLowerInvariant() : null,
                policy.ConnectionReuse is { } reuse ? "connection_reuse=" + (reuse ? "yes" : "no") : null,
            }.Where(w => w is not null));
            var answer = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", entry.Destination.Text, reference).AssertCleanSuccess();
            Assert.Equal(expected, answer.Stdout.TrimEnd('\n'));
        }
    }

    public static IEnumerable<object[]> SaslPasswordTables() =>
        JudgedHosts.All.OrderBy(h => h.Key)
            .SelectMany(h => HostTables.Collect(h.Value).OfType<SaslPasswordTable>().Select(t => new object[] { h.Key, t.FileName }));

    [PostfixTheory]
    [MemberData(nameof(SaslPasswordTables))]
    public void Postmap_builds_the_sasl_password_table_and_answers_each_next_hop_with_the_login_and_only_the_secrets_marker(string host, string file)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);
        var table = HostTables.Collect(config.Host).OfType<SaslPasswordTable>().Single(t => t.FileName == file);
        var reference = ModelExpectations.Reference(table, config.Directory);
        PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, reference).AssertCleanSuccess();

        Assert.NotEmpty(table.Entries);
        foreach (var entry in table.Entries)
        {
            // The SMTP client looks the next hop up as relayhost writes it: [host]:port.
            var nexthop = entry.Nexthop;
            var key = (nexthop.MxLookup ? nexthop.Name : $"[{nexthop.Name}]") + (nexthop.Port is { } port ? ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
            var answer = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", key, reference).AssertCleanSuccess();
            Assert.Equal($"{entry.UserName}:<secret:{entry.Password.Name}>", answer.Stdout.TrimEnd('\n'));
        }
    }

    [PostfixFact]
    public void Neptunes_access_table_answers_REJECT_for_spam_com()
    {
        using var config = RenderedConfig.Write(Neptune.NeptuneHost.Definition);
        var reference = "hash:" + config.PathOf("access");
        PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, reference).AssertCleanSuccess();

        Assert.Equal("REJECT\n", PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "spam.com", reference).Stdout);
        Assert.Equal(1, PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "ham.com", reference).ExitCode);
    }

    /// <summary>Hand-written header lines with the answer header_checks(5) semantics give (null: no rule matches).</summary>
    public static TheoryData<string, string, string, string?> HeaderSamples() => new()
    {
        { "neptune", "regexp", "To: foobar@example.com", "REJECT" },
        { "neptune", "regexp", "To: alice@example.com", null },
        { "neptune", "regexp", "From: postmaster@galaxie.fr", null },
        { "header-actions", "header_checks", "postmaster@example.com", "OK" },
        { "header-actions", "header_checks", "To: foobar@example.com", "REJECT" },
        { "header-actions", "header_checks", "To: alice@example.com", null },
        { "header-actions", "header_checks", "Subject: cheap viagra now", "REJECT 5.7.1 Spam" },
        { "header-actions", "header_checks", "X-Mailer: Bulk Mailer 2.0", "WARN bulk mailer" },
        { "header-actions", "header_checks", "X-Mailer: bulk mailer 2.0", null },
        { "header-actions", "header_checks", "Received: from relay/localhost", "IGNORE" },
        { "header-actions", "header_checks", "Content-Type: multipart/mixed; boundary=x", "DUNNO" },
        { "header-actions", "header_checks", "Content-Type: text/plain", null },
        { "header-actions", "header_checks", "Subject: [SPAM] offer", "HOLD tagged as spam" },
        { "header-actions", "header_checks", "Subject: you won the lottery", "DISCARD" },
        { "header-actions", "header_checks", "Subject: WIN NOW", "WARN shouting subject" },
        { "header-actions", "header_checks", "Subject: hello", null },
        { "header-actions", "header_checks", "X-Original-To: bob@example.com", "PREPEND X-Was-To: bob@example.com" },
        { "header-actions", "header_checks", "X-Spam-Flag: YES", "REPLACE X-Spam-Flag: checked" },
        { "header-actions", "header_checks", "X-Forward-To: x", "REDIRECT review@example.com" },
        { "header-actions", "header_checks", "X-Scan-Me: 1", "FILTER smtp:[127.0.0.1]:10025" },
        { "header-actions", "header_checks", "X-Archive: 1", "BCC archive@example.com" },
        { "header-actions", "header_checks", "X-Info: 1", "INFO seen" },
        { "header-actions", "header_checks", "X-Trusted: 1", "PASS" },
        { "header-actions", "header_checks", "X-Internal: 1", "STRIP internal header removed" },
        { "header-actions", "header_checks.pcre", "Subject:freepills", "REJECT" },
        { "header-actions", "header_checks.pcre", "subject:freepills", null },
        { "header-actions", "header_checks.pcre", "Subject: free pills", null },
        { "modern", "header_checks.pcre", "Subject: Cheap Viagra today", "REJECT Spam is not welcome here" },
        { "modern", "header_checks.pcre", "Subject: viagra-free living", "REJECT Spam is not welcome here" },
        { "modern", "header_checks.pcre", "Subject: Viagraphics newsletter", null },
        { "modern", "header_checks.pcre", "Content-Type: application/octet-stream; name=\"invoice.exe\"", "REJECT Executable attachments are refused" },
        { "modern", "header_checks.pcre", "Content-Type: application/x-msdownload; name = setup.SCR", "REJECT Executable attachments are refused" },
        { "modern", "header_checks.pcre", "Content-Type: application/pdf; name=\"invoice.pdf\"", null },
        { "modern", "header_checks.pcre", "X-Note: name=\"x.exe\"", null },
        { "fleet-mx1", "header_checks", "Subject: cheap VIAGRA today", "REJECT Spam subject" },
        { "fleet-mx1", "header_checks", "X-Mailer: MassMailer 3.1", "DISCARD" },
        { "fleet-mx1", "header_checks", "Subject: quarterly report", null },
        { "fleet-mx2", "header_checks", "Subject: viagra", "REJECT Spam subject" },
        { "fleet-mx2", "header_checks", "X-Mailer: MassMailer", "DISCARD" },
        { "fleet-mx2", "header_checks", "Subject: viaduct repairs", null },
        { "fleet-relay", "header_checks", "Subject: Re: viagra", "REJECT Spam subject" },
        { "fleet-relay", "header_checks", "X-Mailer: MassMailer", "DISCARD" },
        { "fleet-relay", "header_checks", "X-Mailer: Thunderbird", null },
    };

    [PostfixTheory]
    [MemberData(nameof(HeaderSamples))]
    public void A_pattern_table_answers_a_sample_header_as_header_checks_5_says(string host, string file, string line, string? expected)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);
        var table = config.Host.MainCf.HeaderChecks!.Concat(config.Host.MainCf.BodyChecks ?? []).OfType<RegexpTable>().Single(t => t.FileName == file);

        var answer = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", line, ModelExpectations.Reference(table, config.Directory));

        Assert.True(answer.Stderr.Length == 0, answer.Stderr);
        if (expected is null)
        {
            Assert.Equal(1, answer.ExitCode);
        }
        else
        {
            Assert.Equal(0, answer.ExitCode);
            Assert.Equal(expected, answer.Stdout.TrimEnd('\n'));
        }
    }

    [Fact]
    public void Every_rule_of_every_pattern_table_has_a_matching_sample()
    {
        var samples = HeaderSamples().Select(row => ((string)row[0], (string)row[1], (string?)row[3])).ToList();
        foreach (var (host, table) in JudgedHosts.All.SelectMany(h => PatternTables(h.Value).Select(t => (h.Key, t))))
        {
            var answers = samples.Where(s => s.Item1 == host && s.Item2 == table.FileName).Select(s => s.Item3).ToHashSet();
            foreach (var action in Matches(table.Rules).Select(m => m.Action.Text is { Length: > 0 } text ? m.Action.Keyword + " " + text : m.Action.Keyword))
            {
                Assert.True(answers.Contains(action) || answers.Any(a => a is not null && action.Contains('$')), $"{host}/{table.FileName}: no sample reaches \"{action}\"");
            }

            Assert.Contains(null, answers); // and one that must not match
        }
    }

    /// <summary>Hand-written lookup keys with the answer access(5) semantics give a pattern access table (null: no rule matches).</summary>
    public static TheoryData<string, string, string, string?> AccessPatternSamples() => new()
    {
        { "modern", "sender_access.pcre", "news@offers.example.top", "REJECT Mail from this top-level domain is refused here" },
        { "modern", "sender_access.pcre", "x@example.zip", "REJECT Mail from this top-level domain is refused here" },
        { "modern", "sender_access.pcre", "bob@top.example.net", null },
        { "modern", "sender_access.pcre", "alice@example.org", null },
        { "modern", "sender_access.pcre", "postmaster@example.org", "554 5.7.1 Not sent by example.org" },
        { "modern", "sender_access.pcre", "postmaster@example.org.evil.example", null },
        { "modern", "client_access.pcre", "dyn-203-0-113-7.isp.example", "REJECT Dynamic addresses send through their provider's relay" },
        { "modern", "client_access.pcre", "host.dsl.example.net", "REJECT Dynamic addresses send through their provider's relay" },
        { "modern", "client_access.pcre", "dynamo.example.com", null },
        { "modern", "client_access.pcre", "mail.example.org", null },
    };

    [PostfixTheory]
    [MemberData(nameof(AccessPatternSamples))]
    public void A_pattern_access_table_answers_a_sample_key_as_access_5_says(string host, string file, string key, string? expected)
    {
        using var config = RenderedConfig.Write(JudgedHosts.All[host]);
        var table = HostTables.Collect(config.Host).OfType<RegexpTable>().Single(t => t.FileName == file);

        var answer = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", key, ModelExpectations.Reference(table, config.Directory));

        Assert.True(answer.Stderr.Length == 0, answer.Stderr);
        Assert.Equal(expected is null ? 1 : 0, answer.ExitCode);
        Assert.Equal(expected, expected is null ? null : answer.Stdout.TrimEnd('\n'));
    }

    [Fact]
    public void Every_rule_of_every_pattern_access_table_has_a_matching_sample()
    {
        var samples = AccessPatternSamples().Select(row => ((string)row[0], (string)row[1], (string?)row[3])).ToList();
        var tables = JudgedHosts.All.SelectMany(h => HostTables.Collect(h.Value).OfType<RegexpTable>()
            .Where(t => HostTables.AccessActions(t.Rules).Any()).Select(t => (h.Key, t))).ToList();
        Assert.NotEmpty(tables);
        foreach (var (host, table) in tables)
        {
            var answers = samples.Where(s => s.Item1 == host && s.Item2 == table.FileName).Select(s => s.Item3).ToHashSet();
            foreach (var action in HostTables.AccessActions(table.Rules).Select(a => a.Text is { Length: > 0 } text ? a.Keyword + " " + text : a.Keyword))
            {
                Assert.True(answers.Contains(action), $"{host}/{table.FileName}: no sample reaches \"{action}\"");
            }

            Assert.Contains(null, answers); // and one that must not match
        }
    }

    private static IEnumerable<RegexpTable> PatternTables(MailHost host) =>
        (host.MainCf.HeaderChecks ?? []).Concat(host.MainCf.BodyChecks ?? []).OfType<RegexpTable>();

    private static IEnumerable<RegexpMatch> Matches(IEnumerable<RegexpRule> rules) => rules.SelectMany(rule => rule switch
    {
        RegexpMatch match => [match],
        RegexpIf block => Matches(block.Rules),
        _ => [],
    });

    private static AccessTable? AccessTableOf(MailHost host, string file) =>
        HostTables.Collect(host).OfType<AccessTable>().FirstOrDefault(t => t.FileName == file);

    private static string FirstAddress(string network) => IPAddress.Parse(network.Split('/')[0]).ToString();
}
