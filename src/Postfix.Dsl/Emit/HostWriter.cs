namespace Postfix.Dsl;

/// <summary>
/// Writes one rendered host into <c>outputRoot/hostName/</c>, with the same guarantees as
/// <see cref="OutputFolder"/> (all or nothing, no links, unchanged files untouched) but without a
/// manifest, so it never deletes anything.
/// </summary>
internal static class HostWriter
{
    public static EmitResult Write(RenderedHost host, string outputRoot) =>
        OutputFolder.Write([host], outputRoot, withManifest: false);
}
