using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>What an emit did: the files it wrote and the files that already had the right content.</summary>
/// <param name="Written">Full paths of files created or changed.</param>
/// <param name="Unchanged">Full paths of files left alone (their timestamps do not move).</param>
public sealed record EmitResult(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged)
{
    /// <summary>The validation warnings of the host (its files were written anyway).</summary>
    public IReadOnlyList<ValidationError> Warnings { get; init; } = [];
}
