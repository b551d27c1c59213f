using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>Checks the arguments of restrictions (DNS list domains); tables are checked with the host's tables.</summary>
internal static class RestrictionChecks
{
    public static void Check(ValidationContext context, string artifact, string location, IEnumerable<Restriction> restrictions)
    {
        foreach (var restriction in restrictions)
        {
            if (restriction.Argument is not { } argument)
            {
                continue;
            }

            if (argument.Length == 0 || argument.Trim() != argument || ListItemText.NeedsGrouping(argument))
            {
                context.Report(ValidationRules.SurroundingWhitespace, artifact, location, argument,
                    $"is not a single word, as the argument of {restriction.Name} must be", "one word without spaces or commas");
                continue;
            }

            if (RestrictionArguments.IsDnsListDomainProblem(restriction.Name, argument))
            {
                context.Report(ValidationRules.InvalidHostName, artifact, location, argument, RuleTexts.InvalidDnsListDomain(restriction.Name));
            }
        }
    }
}
