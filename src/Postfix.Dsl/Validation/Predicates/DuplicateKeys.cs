using System;
using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// Keys written twice in one table (PFX0024). Postfix folds keys to lower case, so keys that differ
/// only in case are one key; the first entry is the one Postfix answers with. Shared with the analyzers.
/// </summary>
internal static class DuplicateKeys
{
    /// <summary>Each repeated key's 0-based position, with the position of its first occurrence, in order.</summary>
    public static List<(int Index, int First)> Find(IReadOnlyList<string> keys)
    {
        // One dictionary per thread, kept: a 10,000-key table needs a large-object-heap one, and a new
        // one per table made every garbage collection of a fleet emit a full one.
        var first = reusable ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        // Sized once for the table: grown entry by entry, a fresh thread's dictionary was copied into
        // a new one a dozen times on its way to 10,000 keys (half of the first host's duplicate check).
        // (The analyzers' netstandard2.0 build has no EnsureCapacity; the editor's tables are small.)
#if NET
        first.EnsureCapacity(keys.Count);
#endif
        var repeated = new List<(int Index, int First)>();
        try
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (first.TryGetValue(keys[i], out var earlier))
                {
                    repeated.Add((i, earlier));
                }
                else
                {
                    first.Add(keys[i], i);
                }
            }
        }
        finally
        {
            first.Clear();
            if (keys.Count > 1_000_000)
            {
                reusable = null; // not kept at any size
            }
        }

        return repeated;
    }

    [ThreadStatic]
    private static Dictionary<string, int>? reusable;
}
