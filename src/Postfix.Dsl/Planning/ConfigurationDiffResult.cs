using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>The differences in meaning between two configuration directories, and what applying them needs.</summary>
/// <param name="Changes">Each difference, by file (main.cf, master.cf, then tables by name) and item.</param>
public sealed record ConfigurationDiffResult(IReadOnlyList<ConfigurationChange> Changes)
{
    /// <summary>True when both directories mean the same to Postfix (moved lines, reordered literal tables and spacing are no change).</summary>
    public bool SameMeaning => Changes.Count == 0;

    /// <summary>The strongest action any change needs.</summary>
    public ChangeAction Action => Changes.Count == 0 ? ChangeAction.None : Changes.Max(c => c.Action);

    /// <summary>The table builds the changes need, each once, in file order: run them before <see cref="Action"/>.</summary>
    public IReadOnlyList<string> Commands => Changes.Select(c => c.Command).OfType<string>().Distinct().ToList();
}
