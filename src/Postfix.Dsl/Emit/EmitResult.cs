using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>What an emit did: the files it wrote, the files that already had the right content, the files it deleted, and the hosts' warnings.</summary>
/// <param name="Written">Full paths of files created or changed.</param>
/// <param name="Unchanged">Full paths of files left alone (their timestamps do not move).</param>
public sealed record EmitResult(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged)
{
    /// <summary>Full paths of files written by an earlier emit that the model no longer has.</summary>
    public IReadOnlyList<string> Deleted { get; init; } = [];

    /// <summary>The warnings and notes of the host (obsolete forms, exposure, ordering): reported, not blocking.</summary>
    public IReadOnlyList<Finding> Warnings { get; init; } = [];
}
