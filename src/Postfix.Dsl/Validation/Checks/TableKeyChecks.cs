using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>The key rules every table of literal keys shares (access and transport tables): PFX0004 and PFX0024.</summary>
internal static class TableKeyChecks
{
    /// <summary>
    /// PFX0004: whitespace in a key; postmap would end the key at the first space and read the rest
    /// as the <paramref name="result"/> ("action", "route"). Returns true when reported.
    /// </summary>
    public static bool ReportKeyPostmapWouldSplit(ValidationContext context, string artifact, string key, string result)
    {
        if (key.StartsWith('#'))
        {
            // postmap reads a line whose first character is '#' as a comment: the entry would vanish.
            context.Report(ValidationRules.InvalidAccessKey, artifact, "key", key,
                "starts with '#', so postmap would read the whole entry as a comment and drop it",
                "a key that does not start with '#'");
            return true;
        }

        var blank = false;
        foreach (var c in key)
        {
            blank |= char.IsWhiteSpace(c);
        }

        if (!blank)
        {
            return false;
        }

        context.Report(ValidationRules.WhitespaceInKey, artifact, "key", key,
            $"holds whitespace: the key would end at the first space and the rest would become the {result}",
            "a key without spaces (addresses, domains and IP prefixes never contain any)");
        return true;
    }

    /// <summary>
    /// PFX0024: a key written twice. postmap keeps the first entry and warns "duplicate entry" for the
    /// others; a cidr table answers from its first match. Either way the later entry never takes effect.
    /// </summary>
    public static void ReportDuplicates(ValidationContext context, string artifact, IReadOnlyList<string> list)
    {
        foreach (var (index, first) in DuplicateKeys.Find(list))
        {
            context.Report(ValidationRules.DuplicateTableKey, artifact, RuleTexts.Entry(index), list[index], RuleTexts.DuplicateTableKey(first));
        }
    }
}
