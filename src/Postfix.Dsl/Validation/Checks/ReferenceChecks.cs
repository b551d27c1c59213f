using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// main.cf values that refer to each other in a circle (<c>myhostname = mail.$mydomain</c>,
/// <c>mydomain = $myhostname</c>) cannot be expanded: Postfix stops with "unreasonable macro call
/// nesting" warnings and uses a broken value. Raw parameters are not expanded and are left out.
/// </summary>
internal static class ReferenceChecks
{
    public static void Check(ValidationContext context)
    {
        var references = new Dictionary<string, string[]>();
        foreach (var setting in HostParameters.MainCf(context.Host).Where(s => s.Descriptor.Kind != ParameterKind.Raw))
        {
            var text = ParameterText.Of(setting, context.Host.ConfigDirectory);
            references[setting.Name] = text.HasDollar ? text.Items.SelectMany(ParameterReferences.In).Distinct().ToArray() : [];
        }

        var reported = new HashSet<string>();
        foreach (var (start, referred) in references)
        {
            // A circle through a value leaves it by one of its references: most values have none.
            if (referred.Length > 0 && FindCycle(start, references) is { } cycle && reported.Add(string.Join(" ", cycle.Skip(1).Order())))
            {
                context.Report(ValidationRules.CircularReference, "main.cf", start, string.Join(" -> ", cycle),
                    "is a circle of $name references that Postfix cannot expand",
                    "a value at the end of the chain that does not refer back, e.g. mydomain = example.com");
            }
        }
    }

    /// <summary>The path start -> ... -> start through set parameters, or null.</summary>
    private static List<string>? FindCycle(string start, Dictionary<string, string[]> references)
    {
        var path = new List<string> { start };
        var visited = new HashSet<string>();
        return Walk(start);

        List<string>? Walk(string name)
        {
            foreach (var next in references.GetValueOrDefault(name, []))
            {
                if (next == start)
                {
                    return [.. path, start];
                }

                if (references.ContainsKey(next) && visited.Add(next))
                {
                    path.Add(next);
                    if (Walk(next) is { } found)
                    {
                        return found;
                    }

                    path.RemoveAt(path.Count - 1);
                }
            }

            return null;
        }
    }
}
