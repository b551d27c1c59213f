using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Emit;

/// <summary>
/// Tables a fleet shares: the first host's file is rendered and read back in full, later hosts get
/// their own header line and the verified bytes after it (<see cref="SharedTableBodies"/>). Every file
/// must still be exactly what the in-memory rendering of its own host says, whatever the config
/// directory or template, and the check of a reused file must refuse any byte that differs.
/// </summary>
public sealed class SharedTableTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("postfix-dsl-shared-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly AccessTable Partners = new()
    {
        FileName = "partners",
        Entries = [new(AccessKey.Domain("partner.example"), AccessAction.Ok)],
    };

    // Its actions name another table, so its bytes depend on the config directory.
    private static readonly AccessTable Senders = new()
    {
        FileName = "senders",
        Entries = Enumerable.Range(0, 300)
            .Select(i => new AccessEntry(AccessKey.Domain($"d{i}.example"), i % 3 == 0 ? AccessAction.Restrict(CheckSenderAccess(Partners), Reject) : AccessAction.Reject("no " + i)))
            .ToArray(),
    };

    private static readonly RegexpTable Headers = new()
    {
        FileName = "header_checks",
        Rules = Enumerable.Range(0, 50).Select(i => (RegexpRule)new RegexpMatch($"^Subject: .*offer{i}", HeaderAction.Reject("offer " + i))).ToArray(),
    };

    private static readonly TransportTable Transport = new()
    {
        FileName = "transport",
        Entries = [new(TransportKey.Domain("example.org"), TransportRoute.Relay(Nexthop.Host("mailstore.example.org", 25)))],
    };

    private static MailHost Host(int index, string configDirectory = "/etc/postfix") => TestHosts.Minimal with
    {
        Name = $"mx{index:D2}",
        ConfigDirectory = configDirectory,
        MainCf = TestHosts.Minimal.MainCf with
        {
            Myhostname = $"mx{index:D2}.example.org",
            SmtpdSenderRestrictions = [CheckSenderAccess(Senders)],
            HeaderChecks = [Headers],
            TransportMaps = [Transport],
        },
    };

    [Fact]
    public void Every_host_of_a_fleet_that_shares_tables_gets_the_bytes_of_its_own_in_memory_rendering()
    {
        // Two config directories among the hosts: the shared tables' actions name a table in each.
        var hosts = Enumerable.Range(0, 12).Select(i => Host(i, i % 4 == 3 ? "/srv/postfix" : "/etc/postfix")).ToList();

        PostfixDsl.EmitAll(hosts, _root);

        foreach (var host in hosts)
        {
            foreach (var file in PostfixDsl.Render(host).Files)
            {
                Assert.Equal(file.Content, File.ReadAllText(Path.Combine(_root, host.Name, file.Name)));
            }
        }

        // The tables were really met by several hosts and are now written from their verified bytes.
        var shared = HostRenderer.Files(hosts[5], TemplateSet.Default).Single(f => f.Name == "senders").Shared!;
        Assert.Equal(SharedTableBodies.Use.Reuse, SharedTableBodies.Lookup(shared, keepAtFirst: false, out var body));
        Assert.Contains("check_sender_access hash:/etc/postfix/partners, reject", Encoding.UTF8.GetString(body.Span), StringComparison.Ordinal);
        Assert.Contains("check_sender_access hash:/srv/postfix/partners, reject", File.ReadAllText(Path.Combine(_root, "mx07", "senders")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_shared_table_is_reused_and_still_checked_on_disk()
    {
        var empty = new AccessTable { FileName = "empty", Entries = [] };
        var hosts = Enumerable.Range(0, 3)
            .Select(i => Host(i) with { MainCf = Host(i).MainCf with { SmtpdClientRestrictions = [CheckClientAccess(empty)] } })
            .ToList();

        PostfixDsl.EmitAll(hosts, _root);

        foreach (var host in hosts)
        {
            var expected = PostfixDsl.Render(host).Files.Single(f => f.Name == "empty").Content;
            Assert.Equal(expected, File.ReadAllText(Path.Combine(_root, host.Name, "empty")));
            Assert.All(expected.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("#", line)); // comments only
        }

        var shared = HostRenderer.Files(hosts[2], TemplateSet.Default).Single(f => f.Name == "empty").Shared!;
        Assert.Equal(SharedTableBodies.Use.Reuse, SharedTableBodies.Lookup(shared, keepAtFirst: false, out var body));
        Assert.True(SharedTableBodies.Holds(shared, body, Path.Combine(_root, "mx02", "empty")));
        File.AppendAllText(Path.Combine(_root, "mx02", "empty"), "spam.example OK\n");
        Assert.False(SharedTableBodies.Holds(shared, body, Path.Combine(_root, "mx02", "empty")));
    }

    [Fact]
    public void The_first_host_keeps_its_tables_bytes_only_when_hosts_follow_and_a_later_host_only_at_a_second_meeting()
    {
        AccessTable Own(string name) => new() { FileName = name, Entries = [new(AccessKey.Domain(name + ".example"), AccessAction.Ok)] };
        MailHost With(MailHost host, AccessTable table) => host with
        {
            MainCf = host.MainCf with { SmtpdClientRestrictions = [CheckClientAccess(table)] },
        };
        var (alone, first, later) = (Own("alone"), Own("first"), Own("later"));
        SharedTable Shared(MailHost host, AccessTable table) => HostRenderer.Files(host, TemplateSet.Default).Single(f => f.Name == table.FileName).Shared!;

        // One host alone keeps nothing: no host after it could reuse the bytes.
        var single = With(Host(0), alone);
        PostfixDsl.EmitAll([single], Path.Combine(_root, "single"));
        Assert.Equal(SharedTableBodies.Use.RenderAndRemember, SharedTableBodies.Lookup(Shared(single, alone), keepAtFirst: false, out _));

        // With hosts after it, the first keeps its tables at once, and the second host, which met its own table once, does not.
        var hosts = new[] { With(Host(1), first), With(Host(2), later) };
        PostfixDsl.EmitAll(hosts, Path.Combine(_root, "two"));
        Assert.Equal(SharedTableBodies.Use.Reuse, SharedTableBodies.Lookup(Shared(hosts[0], first), keepAtFirst: false, out var body));
        var onDisk = File.ReadAllText(Path.Combine(_root, "two", "mx01", "first"));
        Assert.Contains("\nfirst.example ", onDisk, StringComparison.Ordinal);
        Assert.Equal(onDisk[(onDisk.IndexOf('\n', StringComparison.Ordinal) + 1)..], Encoding.UTF8.GetString(body.Span));
        Assert.Equal(SharedTableBodies.Use.RenderAndRemember, SharedTableBodies.Lookup(Shared(hosts[1], later), keepAtFirst: false, out _));
    }

    [Fact]
    public void A_second_emit_of_the_same_fleet_writes_nothing_and_repairs_a_shared_table_changed_on_disk()
    {
        var hosts = Enumerable.Range(0, 5).Select(i => Host(i)).ToList();
        PostfixDsl.EmitAll(hosts, _root);
        var senders = Path.Combine(_root, "mx04", "senders");
        var stamp = File.GetLastWriteTimeUtc(senders);

        var again = PostfixDsl.EmitAll(hosts, _root);

        Assert.Empty(again.Written);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(senders));

        // A reused file is recognised by its header and verified bytes, not a hash: one byte of the
        // body, and then one of the header, changed on disk are each written again.
        foreach (var (from, to) in new[] { ("d10.example", "d10.exampme"), ("host mx04", "host mx05") })
        {
            File.WriteAllText(senders, File.ReadAllText(senders).Replace(from, to, StringComparison.Ordinal));

            var repaired = PostfixDsl.EmitAll(hosts, _root);

            Assert.Equal([senders], repaired.Written);
            Assert.Equal(PostfixDsl.Render(hosts[4]).File("senders"), File.ReadAllText(senders));
        }
    }

    [Fact]
    public void A_second_emit_of_unchanged_hosts_reports_the_warnings_of_the_first()
    {
        // Address keys in a client lookup: a warning (PFX0320) that does not stop the files.
        var addresses = new AccessTable { FileName = "client_addresses", Entries = [new(AccessKey.Address("user@example.com"), AccessAction.Reject())] };
        var hosts = Enumerable.Range(0, 3).Select(i => Host(i) with { MainCf = Host(i).MainCf with { SmtpdClientRestrictions = [CheckClientAccess(addresses)] } }).ToList();
        var output = Path.Combine(_root, "warned");

        var first = PostfixDsl.EmitAll(hosts, output);
        var again = PostfixDsl.EmitAll(hosts, output);

        Assert.Equal(3, first.Warnings.Count(w => w.Rule.Id == "PFX0320"));
        Assert.Empty(again.Written);
        Assert.Equal(first.Warnings.Select(w => w.ToString()), again.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void A_template_of_the_users_is_rendered_for_every_host_even_with_the_header_at_the_end()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "templates")).FullName;
        File.WriteAllText(Path.Combine(folder, "access.scriban"), "# {{ note }}\n{{ write_rows entries ~}}\n{{ header }}\n");
        var templates = TemplateSet.FromFolder(folder);
        var hosts = Enumerable.Range(0, 6).Select(i => Host(i)).ToList();
        var output = Path.Combine(_root, "out");

        PostfixDsl.EmitAll(hosts, output, templates);

        Assert.All(HostRenderer.Files(hosts[0], templates).Where(f => f.Name is "senders" or "partners"), f => Assert.Null(f.Shared));
        foreach (var host in hosts)
        {
            var senders = File.ReadAllText(Path.Combine(output, host.Name, "senders"));
            Assert.Equal(PostfixDsl.Render(host, templates).File("senders"), senders);
            Assert.EndsWith($"# senders of host {host.Name}, generated by Postfix.Dsl. Do not edit: change the C# model and rebuild.\n", senders, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_check_of_a_reused_file_refuses_any_byte_that_differs_and_a_header_that_is_not_one_comment_line()
    {
        var body = Encoding.UTF8.GetBytes("# note\n\nd0.example        OK\n");
        var shared = new SharedTable(Senders, "/etc/postfix", TemplateSet.Default.Get("access.scriban"), "# senders of host mx01");
        var path = Path.Combine(_root, "senders");
        using (var output = File.Create(path))
        {
            SharedTableBodies.Write(shared, body, output);
        }

        Assert.Equal("# senders of host mx01\n# note\n\nd0.example        OK\n", File.ReadAllText(path));
        Assert.True(SharedTableBodies.Holds(shared, body, path));

        // One byte changed, one more, one fewer: each refused.
        var bytes = File.ReadAllBytes(path);
        foreach (var changed in new[] { Changed(bytes, bytes.Length - 3), [.. bytes, (byte)'\n'], bytes[..^1] })
        {
            File.WriteAllBytes(path, changed);
            Assert.False(SharedTableBodies.Holds(shared, body, path));
        }

        // A header that could end early or is no comment is never trusted, whatever the file holds.
        foreach (var header in new[] { "# two\nlines", "# carriage\r", "not a comment", " # indented", string.Empty })
        {
            var hostile = shared with { Header = header };
            using (var output = File.Create(path))
            {
                SharedTableBodies.Write(hostile, body, output);
            }

            Assert.False(SharedTableBodies.Holds(hostile, body, path));
        }
    }

    [Fact]
    public void Bytes_are_kept_only_when_they_are_what_was_rendered()
    {
        var table = new AccessTable { FileName = "own", Entries = [new(AccessKey.Domain("d.example"), AccessAction.Ok)] };
        var shared = new SharedTable(table, "/etc/postfix", TemplateSet.Default.Get("access.scriban"), "# own of host mx01");
        var path = Path.Combine(_root, "own");
        var rendered = Encoding.UTF8.GetBytes("# own of host mx01\nd.example        OK\n");
        File.WriteAllBytes(path, rendered);
        Assert.Equal(SharedTableBodies.Use.Render, SharedTableBodies.Lookup(shared, keepAtFirst: false, out _));

        // The file changed between the rendering and the keeping: not kept, the next host renders in full.
        SharedTableBodies.Remember(shared, path, System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("# own of host mx01\nd.example        REJECT\n")));
        Assert.Equal(SharedTableBodies.Use.RenderAndRemember, SharedTableBodies.Lookup(shared, keepAtFirst: false, out _));

        SharedTableBodies.Remember(shared, path, System.Security.Cryptography.SHA256.HashData(rendered));
        Assert.Equal(SharedTableBodies.Use.Reuse, SharedTableBodies.Lookup(shared, keepAtFirst: false, out var body));
        Assert.Equal("d.example        OK\n", Encoding.UTF8.GetString(body.Span));
    }

    [Fact]
    public void A_built_in_table_template_puts_the_header_on_its_first_line_only()
    {
        foreach (var name in new[] { "access.scriban", "regexp.scriban", "definition.scriban", "transport.scriban", "tls_policy.scriban", "sasl_passwd.scriban", "aliases.scriban", "virtual.scriban", "address.scriban" })
        {
            Assert.True(TemplateSet.Default.Get(name).HeaderOnFirstLineOnly, name);
        }

        Assert.False(LoadedTemplate.Of("{{ header }}\n# {{ header }} again\n", "test", builtIn: true).HeaderOnFirstLineOnly);
        Assert.False(LoadedTemplate.Of("# first\n{{ header }}\n", "test", builtIn: true).HeaderOnFirstLineOnly);
        Assert.False(LoadedTemplate.Of("{{ header }}\n{{ write_rows entries ~}}\n", "user", builtIn: false).HeaderOnFirstLineOnly);
    }

    private static byte[] Changed(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0x20;
        return copy;
    }
}
