using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>One <c>name = value</c> definition of main.cf, as Postfix reads it.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Value">The raw value: continuation lines joined, blanks at both ends dropped, <c>$name</c> not expanded.</param>
/// <param name="Line">The physical line where the definition starts.</param>
public sealed record MainCfDefinition(string Name, string Value, int Line);

/// <summary>main.cf as Postfix reads it.</summary>
/// <param name="Definitions">Every definition in file order, including those a later one overrides.</param>
/// <param name="Problems">Lines Postfix would ignore or refuse.</param>
public sealed record MainCfFile(IReadOnlyList<MainCfDefinition> Definitions, IReadOnlyList<ReadProblem> Problems)
{
    /// <summary>The value Postfix uses for each name: the last definition wins.</summary>
    public IReadOnlyDictionary<string, string> Parameters =>
        Definitions.GroupBy(d => d.Name, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, System.StringComparer.Ordinal);

    /// <summary>
    /// The items of a list value as Postfix's list parsers see them: split on commas and blanks
    /// outside <c>{ }</c>, each <c>{ group }</c> ungrouped.
    /// </summary>
    public static IReadOnlyList<string> ListItems(string value) =>
        PostfixWords.Split(value, PostfixWords.ListSeparators).Select(w => PostfixWords.Ungroup(w, out _)).ToList();
}

/// <summary>Reads main.cf exactly as Postfix does (see <see cref="LogicalLines"/> and <see cref="PostfixWords.SplitNameValue"/>).</summary>
public static class MainCfReader
{
    /// <summary>The problem of a name defined twice: Postfix warns and uses the last definition.</summary>
    public const string Overrides = "overrides an earlier definition (the last one wins)";

    /// <summary>Reads <paramref name="text"/>; never throws: what Postfix would refuse is a <see cref="ReadProblem"/>.</summary>
    public static MainCfFile Read(string text)
    {
        var problems = new List<ReadProblem>();
        var definitions = new List<MainCfDefinition>();
        foreach (var line in LogicalLines.Read(text, problems))
        {
            if (PostfixWords.SplitNameValue(line.Text, out var error) is { } pair)
            {
                if (definitions.Any(d => d.Name == pair.Name))
                {
                    problems.Add(new ReadProblem(line.Line, MainCfReader.Overrides, pair.Name));
                }

                definitions.Add(new MainCfDefinition(pair.Name, pair.Value, line.Line));
            }
            else
            {
                problems.Add(new ReadProblem(line.Line, error!, line.Text));
            }
        }

        return new MainCfFile(definitions, problems);
    }
}
