using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Postfix.Dsl.Tool.Apply;

/// <summary>
/// The generations apply keeps next to the live files, on the same file system, in
/// <c>&lt;config-dir&gt;/.postfix-dsl/&lt;N&gt;/</c> (mode 0700: they hold secrets): each a complete set
/// of the files it manages, indexes built. <c>current</c> names the one in place.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // Postfix runs on Unix; apply sets file modes
internal sealed class Generations
{
    private Generations(string configDirectory)
    {
        ConfigDirectory = configDirectory;
        Root = Path.Combine(configDirectory, ".postfix-dsl");
    }

    public string ConfigDirectory { get; }

    public string Root { get; }

    public static Generations Of(string configDirectory) => new(configDirectory);

    /// <summary>The generation in place, or null before the first apply.</summary>
    public int? Current => File.Exists(Path.Combine(Root, "current")) && int.TryParse(File.ReadAllText(Path.Combine(Root, "current")).Trim(), CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>The kept generations, oldest first.</summary>
    public int[] All => Directory.Exists(Root)
        ? Directory.GetDirectories(Root).Select(Path.GetFileName).Select(n => int.TryParse(n, CultureInfo.InvariantCulture, out var v) ? v : -1).Where(n => n >= 0).Order().ToArray()
        : [];

    public string Folder(int generation) => Path.Combine(Root, generation.ToString(CultureInfo.InvariantCulture));

    /// <summary>A new, empty generation folder.</summary>
    public int Create()
    {
        Directory.CreateDirectory(Root);
        File.SetUnixFileMode(Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var next = All.DefaultIfEmpty(0).Max() + 1;
        Directory.CreateDirectory(Folder(next));
        return next;
    }

    /// <summary>Records <paramref name="generation"/> as the one in place (written then renamed: never half a number).</summary>
    public void SetCurrent(int generation)
    {
        var temporary = Path.Combine(Root, ".current.tmp");
        File.WriteAllText(temporary, generation.ToString(CultureInfo.InvariantCulture) + "\n");
        File.Move(temporary, Path.Combine(Root, "current"), overwrite: true);
    }

    /// <summary>
    /// Puts <paramref name="generation"/>'s files in place: each copied next to its live name and renamed
    /// over it (an atomic replacement per file), modes kept; files <paramref name="replaced"/> managed and
    /// this one does not are removed.
    /// </summary>
    public void Install(int generation, int? replaced)
    {
        var files = FilesOf(generation);
        foreach (var file in files)
        {
            var target = Path.Combine(ConfigDirectory, file);
            var temporary = Path.Combine(ConfigDirectory, "." + file + ".postfix-dsl-new");
            File.Copy(Path.Combine(Folder(generation), file), temporary, overwrite: true);
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(Path.Combine(Folder(generation), file)));
            File.Move(temporary, target, overwrite: true);
        }

        if (replaced is { } old && Directory.Exists(Folder(old)))
        {
            foreach (var gone in FilesOf(old).Except(files))
            {
                File.Delete(Path.Combine(ConfigDirectory, gone));
            }
        }
    }

    /// <summary>Keeps the live files a first apply will replace as a generation, so that rollback can return to them.</summary>
    public int? Adopt(string[] names)
    {
        var present = names.Where(n => File.Exists(Path.Combine(ConfigDirectory, n))).ToArray();
        if (present.Length == 0)
        {
            return null;
        }

        var generation = Create();
        foreach (var name in present)
        {
            var copy = Path.Combine(Folder(generation), name);
            File.Copy(Path.Combine(ConfigDirectory, name), copy);
            File.SetUnixFileMode(copy, File.GetUnixFileMode(Path.Combine(ConfigDirectory, name)));
        }

        SetCurrent(generation);
        return generation;
    }

    /// <summary>Deletes all but the <paramref name="keep"/> newest generations up to the one in place (never the one in place).</summary>
    public void Prune(int keep)
    {
        if (Current is not { } current)
        {
            return;
        }

        foreach (var old in All.Where(g => g <= current).Reverse().Skip(keep))
        {
            Directory.Delete(Folder(old), recursive: true);
        }
    }

    public string[] FilesOf(int generation) =>
        Directory.GetFiles(Folder(generation)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
}
