using System;
using System.IO;
using System.Linq;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// A host rendered into a fresh temporary configuration directory, with <see cref="MailHost.ConfigDirectory"/>
/// set to that directory so that table references point at the files written there.
/// </summary>
internal sealed class RenderedConfig : IDisposable
{
    private RenderedConfig(string directory, MailHost host, RenderedHost rendered)
    {
        Directory = directory;
        Host = host;
        Rendered = rendered;
    }

    public string Directory { get; }

    /// <summary>The host as rendered (its ConfigDirectory is <see cref="Directory"/>).</summary>
    public MailHost Host { get; }

    public RenderedHost Rendered { get; }

    public static RenderedConfig Write(MailHost host, string? directory = null)
    {
        directory ??= System.IO.Directory.CreateTempSubdirectory("postfix-dsl-judge-").FullName;
        UnixPermissions.Set(directory, UnixPermissions.Directory);
        var placed = host with { ConfigDirectory = directory };
        var rendered = PostfixDsl.Render(placed);
        foreach (var file in rendered.Files)
        {
            var path = Path.Combine(directory, file.Name);
            File.WriteAllText(path, file.Content);
            // Postfix re-reads a file modified within the last two seconds until it stops changing
            // (up to 2 s per tool run); a test's files are complete, so date them in the past.
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));
        }

        return new RenderedConfig(directory, placed, rendered);
    }

    public string PathOf(string file) => Path.Combine(Directory, file);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
