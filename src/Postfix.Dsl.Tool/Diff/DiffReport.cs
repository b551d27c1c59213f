using System.IO;
using System.Linq;

namespace Postfix.Dsl.Tool.Diff;

/// <summary>How <c>postfix-dsl diff</c> writes a result: text for a terminal, Markdown for a pull-request comment or a CI step summary.</summary>
internal static class DiffReport
{
    public static void Text(ConfigurationDiffResult result, TextWriter output)
    {
        if (result.SameMeaning)
        {
            output.WriteLine("No change in meaning. Action: none.");
            return;
        }

        foreach (var change in result.Changes)
        {
            output.WriteLine($"{Sign(change.Kind)} {change.File}: {change.Item}{Values(change)}  [{Needs(change)}]");
            if (change.Note is { } note)
            {
                output.WriteLine($"    ({note})");
            }
        }

        output.WriteLine();
        output.WriteLine($"{result.Changes.Count} change(s). {Summary(result)}");
    }

    public static void Markdown(ConfigurationDiffResult result, TextWriter output)
    {
        output.WriteLine("### Postfix configuration: what changes");
        output.WriteLine();
        if (result.SameMeaning)
        {
            output.WriteLine("No change in meaning. **Action: none.**");
            return;
        }

        output.WriteLine($"**{Summary(result)}**");
        output.WriteLine();
        output.WriteLine("| | File | Item | Before | After | Needs |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (var change in result.Changes)
        {
            var after = Cell(change.After) + (change.Note is { } note ? $"<br>*{Escape(note)}*" : string.Empty);
            output.WriteLine($"| {Sign(change.Kind)} | `{change.File}` | `{Escape(change.Item)}` | {Cell(change.Before)} | {after} | {Needs(change)} |");
        }
    }

    private static string Summary(ConfigurationDiffResult result)
    {
        var steps = result.Commands.ToList();
        if (result.Action != ChangeAction.None)
        {
            steps.Add(result.Action == ChangeAction.Restart ? "postfix stop; postfix start" : "postfix reload");
            return "Action: " + string.Join(", then ", steps) + ".";
        }

        return "Action: " + string.Join(", then ", steps) + "; no reload (Postfix reopens an indexed table that changed).";
    }

    private static string Needs(ConfigurationChange change) =>
        string.Join(" + ", new[] { change.Command?.Split(' ')[0], change.Action == ChangeAction.None ? null : change.Action.ToString().ToLowerInvariant() }.OfType<string>().DefaultIfEmpty("nothing"));

    private static string Sign(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "+",
        ChangeKind.Removed => "-",
        _ => "~",
    };

    private static string Values(ConfigurationChange change) => change.Kind switch
    {
        ChangeKind.Added => change.After is { } after ? $" = {after}" : string.Empty,
        ChangeKind.Removed => change.Before is { } before ? $" (was {before})" : string.Empty,
        _ => change.Before is null && change.After is null ? string.Empty : $": {change.Before} -> {change.After}",
    };

    private static string Cell(string? value) => value is null ? string.Empty : "`" + Escape(value) + "`";

    private static string Escape(string value) => value.Replace("|", "\\|").Replace("`", "'");
}
