using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Postfix.Dsl.Tests.RealPostfix;
using Xunit;

namespace Postfix.Dsl.Tests.Emit;

// The file-system guarantees are Unix ones (modes, links, mounts): the tests run on Linux.

/// <summary>
/// The 15 ways hostile inputs changed the meaning of what we wrote (found by an attack on the
/// library), one regression test each: every one is now refused with a rule ID and nothing is
/// written, or written whole and exactly. The file-system cases run for real: links, a tampered
/// manifest, and, as root, a read-only mount and a full tmpfs.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileInputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("postfix-dsl-hostile-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PathOf(string relative) => Path.Combine(_root, relative);

    private static AccessTable Access(params AccessEntry[] entries) => new() { FileName = "access", Entries = entries };

    private static MailHost WithClientAccess(AccessTable table) =>
        TestHosts.Modern(new() { SmtpdClientRestrictions = [Restrictions.PermitMynetworks, Restrictions.CheckClientAccess(table)] });

    private static string RuleOf(Action emit) => Assert.Throws<PostfixValidationException>(emit).Errors.First(e => e.Severity == ValidationSeverity.Error).Rule.Id;

    [Fact]
    public void A_symlink_at_a_generated_file_is_refused_and_its_target_is_not_overwritten()
    {
        var victim = PathOf("victim.txt");
        File.WriteAllText(victim, "precious");
        Directory.CreateDirectory(PathOf("test"));
        File.CreateSymbolicLink(PathOf("test/main.cf"), victim);

        var error = Assert.Throws<PostfixOutputException>(() => PostfixDsl.EmitAll([TestHosts.Minimal], _root));

        Assert.Equal("PFX0106", error.Rule.Id);
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.False(File.Exists(PathOf("test/master.cf")));
    }

    [Fact]
    public void A_symlink_at_a_temporary_files_old_name_is_never_followed()
    {
        var victim = PathOf("victim.txt");
        File.WriteAllText(victim, "precious");
        Directory.CreateDirectory(PathOf("test"));
        File.CreateSymbolicLink(PathOf("test/main.cf.tmp-postfix-dsl"), victim);

        PostfixDsl.EmitAll([TestHosts.Minimal], _root);

        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.StartsWith("# main.cf of host test", File.ReadAllText(PathOf("test/main.cf")));
    }

    [Fact]
    public void A_host_folder_that_is_a_symlink_is_refused_so_nothing_outside_the_root_is_deleted()
    {
        var outside = Directory.CreateTempSubdirectory("postfix-dsl-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "important.txt"), "keep");
            Directory.CreateSymbolicLink(PathOf("evil"), outside);
            File.WriteAllText(PathOf(".postfix-dsl-manifest"), "evil/important.txt\n");

            var error = Assert.Throws<PostfixOutputException>(() => PostfixDsl.EmitAll([TestHosts.Minimal], _root));

            Assert.Equal("PFX0106", error.Rule.Id);
            Assert.True(File.Exists(Path.Combine(outside, "important.txt")));
            Assert.False(Directory.Exists(PathOf("test")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Theory]
    [InlineData("test/main.cf\0x\n")]
    [InlineData("/etc/passwd\n")]
    [InlineData("a/b/c\n")]
    public void A_tampered_manifest_is_PFX0106_before_anything_is_written(string manifest)
    {
        File.WriteAllText(PathOf(".postfix-dsl-manifest"), manifest);

        var error = Assert.Throws<PostfixOutputException>(() => PostfixDsl.EmitAll([TestHosts.Minimal], _root));

        Assert.Equal("PFX0106", error.Rule.Id);
        Assert.False(Directory.Exists(PathOf("test")));
        Assert.Equal(manifest, File.ReadAllText(PathOf(".postfix-dsl-manifest")));
    }

    [Fact]
    public void A_table_of_100000_entries_is_written_whole_not_cut_at_one_mebibyte()
    {
        var table = Access(Enumerable.Range(0, 100_000).Select(i => new AccessEntry(AccessKey.Address($"user{i}@example.com"), AccessAction.Ok)).ToArray());

        PostfixDsl.Emit(WithClientAccess(table), _root);

        var lines = File.ReadAllLines(PathOf("test/access"));
        Assert.Equal(100_000, lines.Count(l => l.StartsWith("user", StringComparison.Ordinal)));
        Assert.StartsWith("user99999@example.com", lines[^1]);
    }

    [Theory]
    [InlineData("/etc/postfix\nevil@example.com OK")]
    [InlineData("/etc/post fix")]
    [InlineData("/etc/postfix,reject")]
    [InlineData("etc/postfix")]
    [InlineData("/etc/$postfix")]
    public void ConfigDirectory_must_be_a_plain_absolute_path(string directory)
    {
        // A table listed in Tables (referenced nowhere in main.cf): its header comment names the directory.
        var host = TestHosts.Minimal with { Tables = [Access(new AccessEntry(AccessKey.Domain("spam.example"), AccessAction.Reject()))], ConfigDirectory = directory };

        Assert.Equal("PFX0016", RuleOf(() => PostfixDsl.Emit(host, _root)));
        Assert.False(Directory.Exists(PathOf("test")));
    }

    [Theory]
    [InlineData("#x")]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("a{b")]
    [InlineData("{ -v }")]
    public void A_master_cf_argument_that_postfix_would_regroup_or_comment_out_is_refused(string argument)
    {
        var host = TestHosts.Minimal with { MasterCf = MasterCf.Stock.Change("smtp", ServiceType.Inet, s => s with { Arguments = [argument, "-v"] }) };

        Assert.Equal("PFX0016", RuleOf(() => PostfixDsl.Emit(host, _root)));
    }

    [Theory]
    [InlineData(" 48")]
    [InlineData("jo8h4  ")]
    [InlineData("  ")]
    public void A_master_cf_argument_with_surrounding_whitespace_would_be_trimmed_and_is_refused(string argument)
    {
        var host = TestHosts.Minimal with { MasterCf = MasterCf.Stock.Change("smtp", ServiceType.Inet, s => s with { Arguments = [argument, "-v"] }) };

        Assert.Equal("PFX0011", RuleOf(() => PostfixDsl.Emit(host, _root)));
    }

    [Theory]
    [InlineData("{}aaa")]
    [InlineData("x {a}b")]
    public void A_group_with_text_right_after_its_closing_brace_is_PFX0020(string value)
    {
        // Found by the hostile property test: postconf warns "syntax error after '}'".
        var host = TestHosts.Modern(new() { SmtpdBanner = "$myhostname ${x_custom}", Unlisted = [new("x_custom", value) { Intended = true }] });

        Assert.Equal("PFX0020", RuleOf(() => PostfixDsl.Emit(host, _root)));
    }

    [Fact]
    public void An_override_value_with_an_open_brace_that_would_swallow_the_arguments_is_refused()
    {
        var host = TestHosts.Minimal with
        {
            MasterCf = MasterCf.Stock.Change("smtp", ServiceType.Inet, s => s with
            {
                Overrides = new() { SmtpdBanner = "$myhostname a{b" },
                Arguments = ["-v"],
            }),
        };

        Assert.Equal("PFX0016", RuleOf(() => PostfixDsl.Emit(host, _root)));
    }

    [Fact]
    public void A_table_key_starting_with_a_hash_would_be_a_comment_and_is_refused()
    {
        var host = WithClientAccess(Access(new AccessEntry(AccessKey.Address("#x@example.com"), AccessAction.Reject())));

        Assert.Equal("PFX0015", RuleOf(() => PostfixDsl.Emit(host, _root)));
    }

    [Fact]
    public void A_list_item_starting_with_a_hash_would_vanish_once_wrapped_and_is_refused()
    {
        var host = TestHosts.Modern(new() { AuthorizedSubmitUsers = ["alice", "#eve", new string('b', 30), new string('c', 30), new string('d', 30)] });

        Assert.Equal("PFX0016", RuleOf(() => PostfixDsl.Emit(host, _root)));
    }

    [Fact]
    public void A_semicolon_in_a_syslog_destination_would_select_an_rsyslog_template_and_is_refused()
    {
        var host = TestHosts.Minimal with
        {
            SyslogConf = new() { Rules = [new() { Selectors = [SyslogSelector.Of(SyslogFacility.Mail, SyslogPriority.Info)], File = "/var/log/mail.log;RSYSLOG_DebugFormat" }] },
        };

        Assert.Equal("PFX0016", RuleOf(() => PostfixDsl.Emit(host, _root)));
    }

    [Theory]
    [InlineData(0xD800)] // a lone high surrogate: written as U+FFFD, it would merge distinct values
    [InlineData(0xDC00)]
    [InlineData(0x200B)] // zero-width space
    [InlineData(0xFEFF)] // byte order mark
    [InlineData(0x202E)] // right-to-left override: makes a diff lie
    public void Lone_surrogates_and_invisible_characters_are_refused(int character)
    {
        // Built here: xUnit would turn a lone surrogate in an attribute into U+FFFD.
        var host = TestHosts.Modern(new() { SmtpdBanner = "$myhostname " + (char)character + "ESMTP" });

        Assert.Equal("PFX0001", RuleOf(() => PostfixDsl.Emit(host, _root)));
    }

    [Fact]
    public void A_null_table_or_argument_is_refused_at_the_factory_and_a_null_member_is_PFX0026()
    {
        Assert.Throws<ArgumentNullException>(() => Restrictions.CheckClientAccess(null!));
        Assert.Throws<ArgumentNullException>(() => Restrictions.RejectRblClient(null!));

        var host = TestHosts.Minimal with
        {
            MasterCf = MasterCf.Stock.Change("smtp", ServiceType.Inet, s => s with { Command = null! }),
            MainCf = new() { CompatibilityLevel = CompatibilityLevel.Level3_6, Mydestination = ["a.example", null!] },
        };

        var errors = Assert.Throws<PostfixValidationException>(() => PostfixDsl.Emit(host, _root)).Errors;
        Assert.All(errors, e => Assert.Equal("PFX0026", e.Rule.Id));
        Assert.Contains(errors, e => e.Location.EndsWith(".Command", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Location.EndsWith("Mydestination[1]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_name_too_long_for_the_file_system_is_refused_before_anything_is_written()
    {
        var host = WithClientAccess(Access(new AccessEntry(AccessKey.Domain("spam.example"), AccessAction.Reject())) with { FileName = new string('a', 250) });

        Assert.Equal("PFX0010", RuleOf(() => PostfixDsl.EmitAll([host], _root)));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root));
    }

    [Fact]
    public void A_template_override_that_changes_the_meaning_is_PFX0025_and_nothing_is_written()
    {
        var templates = Directory.CreateTempSubdirectory("postfix-dsl-templates-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(templates, "main.cf.scriban"), "{{ header }}\n{{~ for p in parameters ~}}\n{{ p.first_line }}\n{{~ end ~}}\n");
            var host = TestHosts.Modern(new() { Mydestination = Enumerable.Range(0, 10).Select(i => $"host{i}.example.org").ToList() });

            Assert.Equal("PFX0025", RuleOf(() => PostfixDsl.Emit(host, _root, TemplateSet.FromFolder(templates))));
            Assert.False(Directory.Exists(PathOf("test")));
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }

    [Theory]
    [InlineData("{{ for e in entries }}{{ if !for.last }}{{ e.line }}\n{{ end }}{{ end }}", "entry 3", "b.example => REJECT no mail from b", "(no more entries)")]
    [InlineData("{{ write_rows entries }}extra.example OK\n", "entry 4", "(no more entries)", "extra.example => OK")]
    [InlineData("{{ for e in entries }}{{ e.key }} {{ if for.last }}REJECT no mail from c{{ else }}{{ e.action }}{{ end }}\n{{ end }}", "entry 3", "b.example => REJECT no mail from b", "b.example => REJECT no mail from c")]
    [InlineData("{{ for e in entries }}{{ e.key }} {{ if for.index == 1 }}OKAY{{ else }}{{ e.action }}{{ end }}\n{{ end }}", "entry 2", "a.example => OK", "a.example => OKAY")]
    public void An_access_table_template_that_drops_adds_or_changes_an_entry_is_PFX0025_naming_it(string rows, string location, string expected, string actual)
    {
        var access = new AccessTable
        {
            FileName = "access",
            Entries =
            [
                new(AccessKey.Domain("spam.example"), AccessAction.Reject()),
                new(AccessKey.Domain("a.example"), AccessAction.Ok),
                new(AccessKey.Domain("b.example"), AccessAction.Reject("no mail from b")),
            ],
        };

        AssertTemplateChangesMeaning("access.scriban", rows, TestHosts.Modern(new() { SmtpdSenderRestrictions = [Restrictions.CheckSenderAccess(access)] }), "access", location, expected, actual);
    }

    [Theory]
    [InlineData("{{ for l in lines }}{{ if !for.last }}{{ l.line }}\n{{ end }}{{ end }}", "rule 3", "/^Received: from bulk/ flags  => DISCARD", "(no more entries)")]
    [InlineData("{{ write_rows lines }}/^X-Extra:/ REJECT\n", "rule 4", "(no more entries)", "/^X-Extra:/ flags  => REJECT")]
    [InlineData("{{ for l in lines }}{{ if for.index == 1 }}{{ l.pattern }} WARN changed{{ else }}{{ l.line }}{{ end }}\n{{ end }}", "rule 2", "/^X-Mailer: mass/ flags  => HOLD queued", "/^X-Mailer: mass/ flags  => WARN changed")]
    [InlineData("{{ for l in lines }}{{ if for.index == 0 }}{{ l.pattern }}i {{ l.action }}{{ else }}{{ l.line }}{{ end }}\n{{ end }}", "rule 1", "/^Subject: spam/ flags  => REJECT spam", "/^Subject: spam/ flags i => REJECT spam")]
    [InlineData("{{ for l in lines }}{{ if for.last }}!{{ end }}{{ l.line }}\n{{ end }}", "rule 3", "/^Received: from bulk/ flags  => DISCARD", "!/^Received: from bulk/ flags  => DISCARD")]
    public void A_header_checks_template_that_drops_adds_or_changes_a_rule_is_PFX0025_naming_it(string rows, string location, string expected, string actual)
    {
        var headers = new RegexpTable
        {
            FileName = "header_checks",
            Rules =
            [
                new RegexpMatch("^Subject: spam", HeaderAction.Reject("spam")),
                new RegexpMatch("^X-Mailer: mass", HeaderAction.Hold("queued")),
                new RegexpMatch("^Received: from bulk", HeaderAction.Discard()),
            ],
        };

        AssertTemplateChangesMeaning("regexp.scriban", rows, TestHosts.Modern(new() { HeaderChecks = [headers] }), "header_checks", location, expected, actual);
    }

    /// <summary>
    /// Emits <paramref name="host"/> with a template override of <paramref name="template"/> whose rows are
    /// <paramref name="rows"/>: the one error must be PFX0025 on <paramref name="artifact"/> at
    /// <paramref name="location"/>, showing what the model writes and what was read, and nothing is written.
    /// </summary>
    private void AssertTemplateChangesMeaning(string template, string rows, MailHost host, string artifact, string location, string expected, string actual)
    {
        var templates = Directory.CreateTempSubdirectory("postfix-dsl-templates-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(templates, template), "{{ header }}\n" + rows);

            var error = Assert.Throws<PostfixValidationException>(() => PostfixDsl.Emit(host, _root, TemplateSet.FromFolder(templates))).Errors.Single(e => e.Severity == ValidationSeverity.Error);

            Assert.Equal(("PFX0025", artifact, location, expected), (error.Rule.Id, error.Artifact, error.Location, error.Value));
            Assert.Contains(actual, error.Problem, StringComparison.Ordinal);
            Assert.False(Directory.Exists(PathOf("test")));
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }

    [Fact]
    public void A_second_emit_with_nothing_changed_writes_nothing_and_a_replaced_file_keeps_its_mode()
    {
        PostfixDsl.EmitAll([TestHosts.Minimal], _root);
        File.SetUnixFileMode(PathOf("test/main.cf"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var second = PostfixDsl.EmitAll([TestHosts.Minimal], _root);
        var third = PostfixDsl.EmitAll([TestHosts.Minimal with { MainCf = TestHosts.Minimal.MainCf with { Myorigin = "example.com" } }], _root);

        Assert.Empty(second.Written);
        Assert.Equal([PathOf("test/main.cf")], third.Written);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(PathOf("test/main.cf")));
        Assert.Empty(Directory.EnumerateFiles(_root, "*postfix-dsl-tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_secret_file_is_created_0600_whatever_the_umask_allows()
    {
        var rendered = new RenderedHost("test", [new RenderedFile("sasl_passwd", "[relay.example]:587 user:secret\n") { Secret = true }]);

        OutputFolder.Write([rendered], _root);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(PathOf("test/sasl_passwd")));
    }

    [PostfixFact]
    public void A_read_only_folder_is_PFX0107_and_every_file_is_left_as_it_was() =>
        OnSmallMount("size=1m", mount =>
        {
            PostfixDsl.EmitAll([TestHosts.Minimal], mount);
            var before = File.ReadAllText(Path.Combine(mount, "test/main.cf"));
            Mount("-o", "remount,ro", mount);

            var error = Assert.Throws<PostfixOutputException>(() =>
                PostfixDsl.EmitAll([TestHosts.Minimal with { MainCf = TestHosts.Minimal.MainCf with { Myorigin = "example.com" } }], mount));

            Assert.Equal("PFX0107", error.Rule.Id);
            Assert.Equal(before, File.ReadAllText(Path.Combine(mount, "test/main.cf")));
        });

    [PostfixFact]
    public void A_full_disk_is_PFX0107_every_old_file_stays_and_no_temporary_is_left() =>
        OnSmallMount("size=64k", mount =>
        {
            PostfixDsl.EmitAll([TestHosts.Minimal], mount);
            var before = Directory.EnumerateFiles(mount, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
            var big = WithClientAccess(Access(Enumerable.Range(0, 5000).Select(i => new AccessEntry(AccessKey.Address($"user{i}@example.com"), AccessAction.Ok)).ToArray()));

            var error = Assert.Throws<PostfixOutputException>(() => PostfixDsl.EmitAll([big], mount));

            Assert.Equal("PFX0107", error.Rule.Id);
            Assert.Equal(before, Directory.EnumerateFiles(mount, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText));
        });

    /// <summary>Runs <paramref name="test"/> on a tmpfs of its own (root only; CI runs as root), unmounted even when it fails.</summary>
    private void OnSmallMount(string options, Action<string> test)
    {
        if (Environment.UserName != "root")
        {
            Assert.False(PostfixTools.InCi, "CI must run the file-system tests as root");
            return;
        }

        var mount = Directory.CreateDirectory(PathOf("mount")).FullName;
        Mount("-t", "tmpfs", "-o", options, "tmpfs", mount);
        try
        {
            test(mount);
        }
        finally
        {
            Mount("-u", mount);
        }
    }

    private static void Mount(params string[] arguments)
    {
        var umount = arguments[0] == "-u";
        var start = new ProcessStartInfo(umount ? "umount" : "mount") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in umount ? arguments[1..] : arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{start.FileName} {string.Join(' ', arguments)}: {stderr}");
    }
}
