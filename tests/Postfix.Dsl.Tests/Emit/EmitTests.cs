using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.Emit;

public sealed class EmitTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("postfix-dsl-emit-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string HostFolder => Path.Combine(_root, "neptune");

    [Fact]
    public void Emit_writes_every_file_into_a_folder_named_after_the_host()
    {
        var result = PostfixDsl.Emit(Neptune.NeptuneHost.Definition, _root);

        Assert.Equal(5, result.Written.Count);
        Assert.Empty(result.Unchanged);
        Assert.Equal(["access", "main.cf", "master.cf", "regexp", "syslog.conf"], Directory.GetFiles(HostFolder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_second_emit_of_the_same_model_writes_nothing_and_moves_no_timestamp()
    {
        PostfixDsl.Emit(Neptune.NeptuneHost.Definition, _root);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(HostFolder))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        var result = PostfixDsl.Emit(Neptune.NeptuneHost.Definition, _root);

        Assert.Empty(result.Written);
        Assert.Equal(5, result.Unchanged.Count);
        Assert.All(Directory.GetFiles(HostFolder), f => Assert.Equal(old, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void A_change_rewrites_only_the_affected_file_and_leaves_no_temporary_file()
    {
        PostfixDsl.Emit(Neptune.NeptuneHost.Definition, _root);
        var changed = Neptune.NeptuneHost.Definition with
        {
            MainCf = Neptune.NeptuneHost.Definition.MainCf with { MessageSizeLimit = 20_480_000 },
        };

        var result = PostfixDsl.Emit(changed, _root);

        Assert.Equal([Path.Combine(HostFolder, "main.cf")], result.Written);
        Assert.Contains("message_size_limit = 20480000", File.ReadAllText(Path.Combine(HostFolder, "main.cf")));
        Assert.Equal(5, Directory.GetFiles(HostFolder).Length);
    }

    [Fact]
    public void An_invalid_host_writes_nothing_at_all()
    {
        var invalid = Neptune.NeptuneHost.Definition with
        {
            MainCf = Neptune.NeptuneHost.Definition.MainCf with { Mynetworks = ["192.168.0.0/24", "10.0.0.0/33"] },
        };

        var error = Assert.Throws<PostfixValidationException>(() => PostfixDsl.Emit(invalid, _root));

        Assert.Equal("PFX0002", Assert.Single(error.Errors, e => e.Severity == ValidationSeverity.Error).Rule.Id);
        Assert.Contains("nothing was written", error.Message);
        Assert.False(Directory.Exists(HostFolder));
    }

    [Fact]
    public void An_invalid_host_leaves_existing_files_untouched()
    {
        PostfixDsl.Emit(Neptune.NeptuneHost.Definition, _root);
        var before = Directory.GetFiles(HostFolder).ToDictionary(f => f, File.ReadAllBytes);
        var invalid = Neptune.NeptuneHost.Definition with
        {
            MainCf = Neptune.NeptuneHost.Definition.MainCf with { SmtpdRelayRestrictions = [Restrictions.PermitMynetworks], MailName = "x\ny" },
        };

        var error = Assert.Throws<PostfixValidationException>(() => PostfixDsl.Emit(invalid, _root));

        Assert.Equal(["PFX0001", "PFX0006"], error.Errors.Where(e => e.Severity == ValidationSeverity.Error).Select(e => e.Rule.Id));
        Assert.All(before, pair => Assert.Equal(pair.Value, File.ReadAllBytes(pair.Key)));
    }
}
