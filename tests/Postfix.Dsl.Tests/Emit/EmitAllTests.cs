using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.Emit;

/// <summary>Several hosts in one output root: the manifest, stale-file deletion, and verify mode.</summary>
public sealed class EmitAllTests : IDisposable
{
    private static readonly AccessTable Clients = new()
    {
        FileName = "clients",
        Entries = [new(AccessKey.Domain("spam.example"), AccessAction.Reject())],
    };

    private static readonly MailHost WithTable = TestHosts.Minimal with { Tables = [Clients] };

    private readonly string _root = Directory.CreateTempSubdirectory("postfix-dsl-emitall-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PathOf(string relative) => Path.Combine(_root, relative);

    [Fact]
    public void PrepareEmit_may_be_called_again_and_leaves_the_emit_exactly_as_without_it()
    {
        PostfixDsl.PrepareEmit();
        PostfixDsl.PrepareEmit();

        var hosts = new[] { WithTable, TestHosts.Minimal with { Name = "other" } };
        PostfixDsl.EmitAll(hosts, _root);
        foreach (var host in hosts)
        {
            foreach (var file in PostfixDsl.Render(host).Files)
            {
                Assert.Equal(file.Content, File.ReadAllText(PathOf(Path.Combine(host.Name, file.Name))));
            }
        }

        Assert.Equal(
            [".postfix-dsl-manifest", "other", "test"],
            Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_manifest_lists_every_written_file_as_host_slash_file_in_ordinal_order()
    {
        PostfixDsl.EmitAll([WithTable, TestHosts.Minimal with { Name = "other" }], _root);

        Assert.Equal(
            ["other/main.cf", "other/master.cf", "test/clients", "test/main.cf", "test/master.cf"],
            File.ReadAllLines(PathOf(".postfix-dsl-manifest")).Where(l => !l.StartsWith('#')));
    }

    [Fact]
    public void Removing_a_table_deletes_its_file_and_nothing_else()
    {
        PostfixDsl.EmitAll([WithTable], _root);
        File.WriteAllText(PathOf("test/notes.txt"), "mine");
        File.WriteAllText(PathOf("README"), "mine too");

        var result = PostfixDsl.EmitAll([TestHosts.Minimal], _root);

        Assert.Equal([PathOf("test/clients")], result.Deleted);
        Assert.False(File.Exists(PathOf("test/clients")));
        Assert.True(File.Exists(PathOf("test/notes.txt")));
        Assert.True(File.Exists(PathOf("README")));
        Assert.DoesNotContain("test/clients", File.ReadAllText(PathOf(".postfix-dsl-manifest")));
    }

    [Fact]
    public void Removing_a_host_deletes_its_files_and_its_emptied_folder()
    {
        PostfixDsl.EmitAll([TestHosts.Minimal, TestHosts.Minimal with { Name = "gone" }], _root);

        PostfixDsl.EmitAll([TestHosts.Minimal], _root);

        Assert.False(Directory.Exists(PathOf("gone")));
        Assert.True(File.Exists(PathOf("test/main.cf")));
    }

    [Fact]
    public void A_manifest_entry_that_points_outside_the_root_is_PFX0106_and_nothing_is_written_or_deleted()
    {
        var outside = Path.Combine(Path.GetDirectoryName(_root)!, Path.GetFileName(_root) + "-outside.txt");
        File.WriteAllText(outside, "not generated");
        try
        {
            Directory.CreateDirectory(_root);
            File.WriteAllText(PathOf(".postfix-dsl-manifest"), $"../{Path.GetFileName(outside)}\ntest/../../x\n");

            var error = Assert.Throws<PostfixOutputException>(() => PostfixDsl.EmitAll([TestHosts.Minimal], _root));

            Assert.Equal("PFX0106", error.Rule.Id);
            Assert.True(File.Exists(outside));
            Assert.False(Directory.Exists(PathOf("test")));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_second_emit_does_not_rewrite_the_manifest()
    {
        PostfixDsl.EmitAll([WithTable], _root);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(PathOf(".postfix-dsl-manifest"), old);

        PostfixDsl.EmitAll([WithTable], _root);

        Assert.Equal(old, File.GetLastWriteTimeUtc(PathOf(".postfix-dsl-manifest")));
    }

    [Fact]
    public void No_hosts_and_no_earlier_emit_creates_nothing()
    {
        var root = PathOf("fresh");

        PostfixDsl.EmitAll([], root);

        Assert.False(Directory.Exists(root));
    }

    [Fact]
    public void Two_hosts_with_one_name_are_PFX0102_and_nothing_is_written()
    {
        var error = Assert.Throws<PostfixValidationException>(() => PostfixDsl.EmitAll([TestHosts.Minimal, WithTable], _root));

        Assert.Equal("PFX0102", Assert.Single(error.Errors, e => e.Severity == ValidationSeverity.Error).Rule.Id);
        Assert.Empty(Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public void Verify_lists_missing_edited_and_stale_files_and_writes_nothing()
    {
        PostfixDsl.EmitAll([WithTable], _root);
        File.AppendAllText(PathOf("test/main.cf"), "# hand edit\n");
        File.Delete(PathOf("test/master.cf"));
        var before = File.GetLastWriteTimeUtc(PathOf("test/main.cf"));

        var differences = PostfixDsl.Verify([TestHosts.Minimal], _root);

        Assert.Equal(
            [
                (PathOf("test/main.cf"), "differs from what the model produces"),
                (PathOf("test/master.cf"), "is missing"),
                (PathOf("test/clients"), "is no longer produced by the model and would be deleted"),
            ],
            differences.Select(d => (d.Path, d.Problem)));
        Assert.True(File.Exists(PathOf("test/clients")));
        Assert.False(File.Exists(PathOf("test/master.cf")));
        Assert.Equal(before, File.GetLastWriteTimeUtc(PathOf("test/main.cf")));
    }

    [Fact]
    public void Verify_of_a_clean_root_finds_nothing()
    {
        PostfixDsl.EmitAll([WithTable], _root);

        Assert.Empty(PostfixDsl.Verify([WithTable], _root));
    }
}
