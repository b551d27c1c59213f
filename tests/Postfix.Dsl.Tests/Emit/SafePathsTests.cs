using System;
using System.IO;
using Xunit;

namespace Postfix.Dsl.Tests.Emit;

/// <summary>
/// What may be at the path of a file the emit writes or deletes, told from one status read: nothing,
/// or a plain file (whose mode a rewrite keeps); a link of any kind, or a folder, is PFX0106 naming it.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SafePathsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("postfix-dsl-safepaths-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PathOf(string relative) => Path.Combine(_root, relative);

    [Fact]
    public void Nothing_there_is_null()
    {
        Assert.Null(SafePaths.RequireFileOrNothing(PathOf("main.cf")));
        Assert.Null(SafePaths.RequireFileOrNothing(PathOf("no-folder/main.cf")));
    }

    [Fact]
    public void A_plain_file_is_returned_with_its_mode()
    {
        var path = PathOf("access");
        File.WriteAllText(path, "x");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var info = SafePaths.RequireFileOrNothing(path);

        Assert.NotNull(info);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, WriteBatch.Mode(info, secret: false));
    }

    [Theory]
    [InlineData("file", "file")]
    [InlineData("file", "folder")]
    [InlineData("file", "nothing")]
    [InlineData("host folder", "folder")]
    [InlineData("host folder", "nothing")]
    public void A_link_is_refused_whatever_it_points_to(string place, string target)
    {
        var pointed = PathOf("target");
        if (target == "file")
        {
            File.WriteAllText(pointed, "precious");
        }
        else if (target == "folder")
        {
            Directory.CreateDirectory(pointed);
        }

        var link = PathOf("link");
        File.CreateSymbolicLink(link, pointed);
        Action check = place == "file" ? () => SafePaths.RequireFileOrNothing(link) : () => SafePaths.RequireFolderOrNothing(link);

        var error = Assert.Throws<PostfixOutputException>(check);

        Assert.Equal("PFX0106", error.Rule.Id);
        Assert.Contains($"is a symbolic link (to {pointed})", error.Message);
    }

    [Fact]
    public void A_folder_where_a_file_belongs_is_refused()
    {
        Directory.CreateDirectory(PathOf("main.cf"));

        var error = Assert.Throws<PostfixOutputException>(() => SafePaths.RequireFileOrNothing(PathOf("main.cf")));

        Assert.Equal("PFX0106", error.Rule.Id);
        Assert.Contains("is a folder where a file is expected", error.Message);
    }

    [Fact]
    public void A_host_folder_may_be_nothing_or_a_folder()
    {
        SafePaths.RequireFolderOrNothing(PathOf("mx0000"));
        Directory.CreateDirectory(PathOf("mx0000"));
        SafePaths.RequireFolderOrNothing(PathOf("mx0000"));
    }

    [Fact]
    public void A_file_where_a_host_folder_belongs_is_refused()
    {
        File.WriteAllText(PathOf("mx0000"), "x");

        var error = Assert.Throws<PostfixOutputException>(() => SafePaths.RequireFolderOrNothing(PathOf("mx0000")));

        Assert.Equal("PFX0106", error.Rule.Id);
        Assert.Contains("is a file where a folder is expected", error.Message);
    }

    [Fact]
    public void A_secret_file_new_or_rewritten_keeps_what_it_must()
    {
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, WriteBatch.Mode(existing: null, secret: true));
        Assert.Null(WriteBatch.Mode(existing: null, secret: false));
    }
}
