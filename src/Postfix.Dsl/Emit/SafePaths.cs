using System.IO;

namespace Postfix.Dsl;

/// <summary>
/// Refuses symbolic links wherever the emit writes or deletes: the output root, a host folder, a
/// file, the manifest. Output folders are committed to git, which stores links, so a link there may
/// come from anyone who can open a pull request.
/// </summary>
internal static class SafePaths
{
    /// <summary>Throws PFX0106 when <paramref name="path"/> is a link, or exists but is not a folder.</summary>
    public static void RequireFolderOrNothing(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            throw Unsafe(path, $"is a symbolic link (to {info.LinkTarget})");
        }

        if (info.Exists)
        {
            throw Unsafe(path, "is a file where a folder is expected");
        }
    }

    /// <summary>Throws PFX0106 when <paramref name="path"/> is a link, or exists but is not a regular file.</summary>
    public static void RequireFileOrNothing(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            throw Unsafe(path, $"is a symbolic link (to {info.LinkTarget})");
        }

        if (Directory.Exists(path))
        {
            throw Unsafe(path, "is a folder where a file is expected");
        }
    }

    public static PostfixOutputException Unsafe(string path, string problem) =>
        new(BuildRules.UnsafeOutput, path, problem + ", which the emit never writes or deletes through",
            "a plain folder of plain files: remove the link or the stray entry and build again");
}
