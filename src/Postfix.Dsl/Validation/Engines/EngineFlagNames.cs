using System;

namespace Postfix.Dsl;

/// <summary>
/// The flag names a pattern engine reads, out of its table of options. A loop, not LINQ over the
/// tables' value tuples: that has no precompiled code, and a short emitter compiled it at its first
/// pattern. Shared with the analyzers: keep it netstandard2.0-compatible.
/// </summary>
internal static class EngineFlagNames
{
    public static string[] Of(int count, Func<int, string> nameAt)
    {
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = nameAt(i);
        }

        return names;
    }
}
