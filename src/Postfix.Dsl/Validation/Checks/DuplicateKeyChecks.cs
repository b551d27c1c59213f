using System;
using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// PFX0024: a key written twice in a table of literal keys. postmap folds keys to lower case, keeps
/// the first entry and warns "duplicate entry" for the others; a cidr table answers from its first
/// match. Either way the later entry never takes effect, whatever it says.
/// </summary>
internal static class DuplicateKeyChecks
{
    public static void Check(ValidationContext context, string artifact, IEnumerable<string> keys)
    {
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        foreach (var key in keys)
        {
            position++;
            if (!first.TryAdd(key, position))
            {
                context.Report(ValidationRules.DuplicateTableKey, artifact, $"entry {position}", key,
                    $"is the key of entry {first[key]} already (keys ignore case), so Postfix answers with that entry and never this one",
                    "one entry per key: remove this one, or give the first entry the action this one should have");
            }
        }
    }
}
