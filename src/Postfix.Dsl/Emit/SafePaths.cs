using System.IO;

namespace Postfix.Dsl;

/// <summary>
/// Refuses symbolic links wherever the emit writes or deletes: the output root, a host folder, a
/// file, the manifest. Output folders are committed to git, which stores links, so a link there may
/// come from anyone who can open a pull request.
/// </summary>
internal static class SafePaths
{
    /// <summary>Throws PFX0106 when <paramref name="path"/> is a link, or exists but is not a folder (one <c>lstat</c>, as for a file).</summary>
    public static void RequireFolderOrNothing(string path)
    {
        var info = new FileInfo(path);
        var attributes = info.Attributes;
        if (attributes == (FileAttributes)(-1))
        {
            return; // nothing there
        }

        if ((attributes & FileAttributes.ReparsePoint) != 0)
        {
            throw Unsafe(path, $"is a symbolic link (to {info.LinkTarget})");
        }

        if ((attributes & FileAttributes.Directory) == 0)
        {
            throw Unsafe(path, "is a file where a folder is expected");
        }
    }

    /// <summary>
    /// Throws PFX0106 when <paramref name="path"/> is a link, or exists but is not a regular file; otherwise
    /// returns the file there (null when there is none), its status read once.
    /// </summary>
    /// <remarks>
    /// One <c>lstat</c>: the file's status says whether anything is there, a link (named by its target only
    /// then) or a folder, and its mode, which the staged file keeps. Asking each question of the path anew
    /// (link target, folder, file, mode) took four system calls per file, each a few microseconds on a
    /// virtual machine, for every file of every host of a fleet.
    /// </remarks>
    public static FileInfo? RequireFileOrNothing(string path)
    {
        var info = new FileInfo(path);
        var attributes = info.Attributes;
        if (attributes == (FileAttributes)(-1))
        {
            return null; // nothing there (the runtime's answer for a missing path)
        }

        if ((attributes & FileAttributes.ReparsePoint) != 0)
        {
            throw Unsafe(path, $"is a symbolic link (to {info.LinkTarget})");
        }

        if ((attributes & FileAttributes.Directory) != 0)
        {
            throw Unsafe(path, "is a folder where a file is expected");
        }

        return info;
    }

    public static PostfixOutputException Unsafe(string path, string problem) =>
        new(BuildRules.UnsafeOutput, path, problem + ", which the emit never writes or deletes through",
            "a plain folder of plain files: remove the link or the stray entry and build again");
}
