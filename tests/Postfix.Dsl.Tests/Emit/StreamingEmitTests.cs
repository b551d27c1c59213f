using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Xunit;

namespace Postfix.Dsl.Tests.Emit;

/// <summary>
/// The streaming, parallel emit: a lazy fleet is never held whole, the result and the errors come in
/// the caller's host order whatever the threads did, every file is the same bytes as the in-memory
/// rendering, a failed emit leaves nothing behind, and a repeated emit of the same objects trusts
/// only what is on disk.
/// </summary>
public sealed class StreamingEmitTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("postfix-dsl-streaming-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static MailHost Host(int index, int entries = 50) => TestHosts.Minimal with
    {
        Name = $"h{index:D3}",
        Tables =
        [
            new AccessTable
            {
                FileName = "access",
                Entries = Enumerable.Range(0, entries)
                    .Select(i => new AccessEntry(AccessKey.Domain($"d{i}.host{index}.example"), i % 2 == 0 ? AccessAction.Ok : AccessAction.Reject("no " + i)))
                    .ToArray(),
            },
        ],
    };

    [Fact]
    public void A_lazy_fleet_is_emitted_without_holding_the_hosts_already_handled()
    {
        const int count = 40;
        var handled = new List<WeakReference<MailHost>>();
        var heldAtOnce = 0;

        IEnumerable<MailHost> Fleet()
        {
            for (var i = 0; i < count; i++)
            {
                // Everything but the last few hosts taken (at most one per core in flight, plus the one
                // being handed out) must be collectable by now.
                Collect();
                heldAtOnce = Math.Max(heldAtOnce, handled.Count(h => h.TryGetTarget(out _)));
                var host = Host(i, entries: 2_000);
                handled.Add(new WeakReference<MailHost>(host));
                yield return host;
            }
        }

        var result = PostfixDsl.EmitAll(Fleet(), _root);

        Assert.Equal(count * 3, result.Written.Count);
        Assert.InRange(heldAtOnce, 1, Environment.ProcessorCount + 2);
    }

    [Fact]
    public void Files_and_errors_come_in_host_order_and_each_file_is_the_in_memory_rendering()
    {
        var hosts = Enumerable.Range(0, 24).Select(i => Host(i)).ToList();
        var written = PostfixDsl.EmitAll(hosts, _root).Written;

        Assert.Equal(hosts.SelectMany(h => new[] { "main.cf", "master.cf", "access" }.Select(f => Path.Combine(_root, h.Name, f))), written);
        foreach (var host in hosts)
        {
            foreach (var file in PostfixDsl.Render(host).Files)
            {
                Assert.Equal(file.Content, File.ReadAllText(Path.Combine(_root, host.Name, file.Name)));
            }
        }

        // Three invalid hosts among valid ones: their errors in host order, nothing written.
        var broken = hosts.Select((h, i) => i is 5 or 11 or 17 ? h with { MainCf = h.MainCf with { Mynetworks = ["not a network"] } } : h).ToList();
        var fresh = Path.Combine(_root, "fresh");
        var error = Assert.Throws<PostfixValidationException>(() => PostfixDsl.EmitAll(broken, fresh));

        Assert.Equal(["h005", "h011", "h017"], error.Errors.Where(e => e.Severity == ValidationSeverity.Error).Select(e => e.Host).Distinct());
        Assert.False(Directory.Exists(fresh));
    }

    [Fact]
    public void A_failed_emit_leaves_no_temporary_and_no_folder_it_made()
    {
        var hosts = Enumerable.Range(0, 6).Select(i => Host(i)).Append(TestHosts.Minimal with { Name = "h000" }).ToList();

        Assert.Throws<PostfixValidationException>(() => PostfixDsl.EmitAll(hosts, _root));

        Assert.Empty(Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories));
    }

    // The first host is taken and handled alone, before the others go in parallel: a sequence may fail there too,
    // or right after it.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(6)]
    public void A_sequence_that_throws_surfaces_its_own_exception_and_nothing_is_written(int failingHost)
    {
        IEnumerable<MailHost> Fleet()
        {
            for (var i = 0; i < 10; i++)
            {
                yield return i == failingHost ? throw new InvalidOperationException("inventory unavailable") : Host(i);
            }
        }

        var error = Assert.Throws<InvalidOperationException>(() => PostfixDsl.EmitAll(Fleet(), _root));

        Assert.Equal("inventory unavailable", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_second_emit_of_the_same_objects_writes_nothing_but_still_repairs_a_file_changed_on_disk()
    {
        var hosts = Enumerable.Range(0, 4).Select(i => Host(i)).ToList();
        PostfixDsl.EmitAll(hosts, _root);
        var access = Path.Combine(_root, "h002", "access");
        var stamp = File.GetLastWriteTimeUtc(access);

        var again = PostfixDsl.EmitAll(hosts, _root);

        Assert.Empty(again.Written);
        Assert.Equal(12, again.Unchanged.Count);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(access));

        // Same length, one byte different: the hash of what is on disk no longer matches.
        var text = File.ReadAllText(access);
        File.WriteAllText(access, text.Replace("d1.host2.example", "d1.host2.exampme", StringComparison.Ordinal));

        var repaired = PostfixDsl.EmitAll(hosts, _root);

        Assert.Equal([access], repaired.Written);
        Assert.Equal(PostfixDsl.Render(hosts[2]).File("access"), File.ReadAllText(access));
    }

    [Fact]
    public void A_template_override_that_loops_over_the_rows_writes_the_same_bytes_as_write_rows()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "templates")).FullName;
        File.WriteAllText(Path.Combine(folder, "access.scriban"), "{{ header }}\n# {{ note }}\n\n{{~ for entry in entries ~}}\n{{ entry.line }}\n{{~ end ~}}\n");
        var host = Host(1);

        var looped = PostfixDsl.Render(host, TemplateSet.FromFolder(folder)).File("access");

        Assert.Equal(PostfixDsl.Render(host).File("access"), looped);
        Assert.Contains("d0.host1.example                OK\n", looped, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_cf_and_master_cf_templates_that_loop_over_their_lines_write_the_same_bytes_as_write_rows()
    {
        // The built-in templates before write_rows, as a user's copy of them would still be.
        var folder = Directory.CreateDirectory(Path.Combine(_root, "looping")).FullName;
        File.WriteAllText(Path.Combine(folder, "main.cf.scriban"),
            "{{ header }}\n\n{{~ for parameter in parameters ~}}\n{{ parameter.first_line }}\n{{~ for line in parameter.continuation_lines ~}}\n    {{ line }}\n{{~ end ~}}\n{{~ end ~}}\n");
        File.WriteAllText(Path.Combine(folder, "master.cf.scriban"),
            "{{ header }}\n#\n{{~ for s in services ~}}\n{{ s.columns }}\n{{~ for line in s.continuation_lines ~}}\n  {{ line }}\n{{~ end ~}}\n{{~ end ~}}\n");
        var host = Host(1) with
        {
            MainCf = Host(1).MainCf with
            {
                // Long enough to wrap onto continuation lines.
                Mynetworks = [.. Enumerable.Range(0, 12).Select(i => $"192.0.2.{i * 8}/29")],
            },
            MasterCf = MasterCf.Stock.Add(new Service
            {
                Name = "submission",
                Type = ServiceType.Inet,
                Private = false,
                Command = "smtpd",
                Overrides = new() { SyslogName = "postfix/submission", SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt },
            }),
        };

        var looped = PostfixDsl.Render(host, TemplateSet.FromFolder(folder));
        var builtIn = PostfixDsl.Render(host);

        Assert.Equal(builtIn.File("main.cf"), looped.File("main.cf"));
        Assert.Contains("mynetworks =\n    192.0.2.0/29\n", looped.File("main.cf"), StringComparison.Ordinal);
        var services = builtIn.File("master.cf")[builtIn.File("master.cf").IndexOf("smtp ", StringComparison.Ordinal)..];
        Assert.EndsWith(services, looped.File("master.cf"), StringComparison.Ordinal);
        Assert.Contains("\n  -o syslog_name=postfix/submission\n", services, StringComparison.Ordinal);
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
