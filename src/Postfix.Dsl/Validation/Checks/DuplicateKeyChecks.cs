using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// PFX0024 at emit time: a key written twice in a table of literal keys. postmap keeps the first
/// entry and warns "duplicate entry" for the others; a cidr table answers from its first match.
/// Either way the later entry never takes effect, whatever it says.
/// </summary>
internal static class DuplicateKeyChecks
{
    public static void Check(ValidationContext context, string artifact, IEnumerable<string> keys)
    {
        var list = keys.ToList();
        foreach (var (index, first) in DuplicateKeys.Find(list))
        {
            context.Report(ValidationRules.DuplicateTableKey, artifact, $"entry {index + 1}", list[index],
                $"is the key of entry {first + 1} already (keys ignore case), so Postfix answers with that entry and never this one",
                "one entry per key: remove this one, or give the first entry the action this one should have");
        }
    }
}
