using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Postfix.Dsl;

/// <summary>
/// Writes a rendered host into <c>outputRoot/hostName/</c>. A file is written only when its content
/// changed, so unchanged files keep their timestamps, and atomically (temporary file, then rename),
/// so a reader never sees half a file.
/// </summary>
internal static class HostWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static EmitResult Write(RenderedHost host, string outputRoot)
    {
        var folder = Path.Combine(outputRoot, host.Name);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        var unchanged = new List<string>();
        foreach (var file in host.Files)
        {
            var path = Path.GetFullPath(Path.Combine(folder, file.Name));
            (WriteIfChanged(path, file.Content) ? written : unchanged).Add(path);
        }

        return new EmitResult(written, unchanged);
    }

    /// <summary>Writes <paramref name="content"/> (UTF-8, no BOM) unless the file already holds exactly it; true when written.</summary>
    public static bool WriteIfChanged(string path, string content)
    {
        var bytes = Utf8NoBom.GetBytes(content);
        if (File.Exists(path) && SameBytes(path, bytes))
        {
            return false;
        }

        var temporary = path + ".tmp-postfix-dsl";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return true;
    }

    /// <summary>True when the file holds exactly <paramref name="content"/> as written by <see cref="WriteIfChanged"/>.</summary>
    public static bool HasContent(string path, string content) => SameBytes(path, Utf8NoBom.GetBytes(content));

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
