using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>Every file of one host, in a stable order: main.cf, master.cf, tables by name, syslog.conf.</summary>
/// <param name="Name">The host's name (its folder).</param>
/// <param name="Files">The files.</param>
public sealed record RenderedHost(string Name, IReadOnlyList<RenderedFile> Files)
{
    /// <summary>The validation warnings of the host (its files were rendered anyway).</summary>
    public IReadOnlyList<Finding> Warnings { get; init; } = [];
}
