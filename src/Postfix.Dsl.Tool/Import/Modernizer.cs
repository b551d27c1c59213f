using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl.Tool.Import;

/// <summary>
/// <c>--modernize</c>: the code fixes applied before the C# is written, on the files as read.
/// Renamed parameters take their new name; a switch with a modern setting (<c>smtpd_use_tls = yes</c>)
/// becomes that setting when it is not set already; obsolete restrictions become their modern form
/// (<c>reject_maps_rbl</c> one <c>reject_rbl_client</c> per domain of <c>maps_rbl_domains</c>); fifo
/// services become unix ones. Each change is reported; what has no mechanical replacement is kept
/// and reported too. Modernizing changes what the files say, on purpose: the result no longer
/// means exactly the original.
/// </summary>
internal static class Modernizer
{
    public static (MainCfFile MainCf, MasterCfFile MasterCf) Apply(MainCfFile mainCf, MasterCfFile masterCf, List<string> report)
    {
        var last = mainCf.Definitions.GroupBy(d => d.Name, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var rblDomains = last.FirstOrDefault(d => d.Name == "maps_rbl_domains") is { } maps ? MainCfFile.ListItems(maps.Value) : [];
        var definitions = new List<MainCfDefinition>();
        foreach (var definition in last)
        {
            var descriptor = ParameterCatalog.All.FirstOrDefault(d => d.Name == definition.Name);
            if (descriptor?.Replacement is not { Length: > 0 } replacement)
            {
                definitions.Add(definition with { Value = Restrictions(definition.Name, definition.Value, rblDomains, report, $"main.cf:{definition.Line}") });
                continue;
            }

            if (definition.Name == "maps_rbl_domains")
            {
                report.Add($"main.cf:{definition.Line}: maps_rbl_domains: removed; its domains went into reject_rbl_client");
                continue;
            }

            var parts = replacement.Split(" = ", 2);
            if (parts.Length == 1 && ParameterCatalog.All.Any(d => d.Name == replacement))
            {
                report.Add($"main.cf:{definition.Line}: {definition.Name}: renamed {replacement}");
                definitions.Add(definition with { Name = replacement });
            }
            else if (parts.Length == 2 && definition.Value == "yes" && !last.Any(d => d.Name == parts[0]))
            {
                report.Add($"main.cf:{definition.Line}: {definition.Name} = yes: replaced by {replacement}");
                definitions.Add(definition with { Name = parts[0], Value = parts[1] });
            }
            else if (parts.Length == 2 && last.Any(d => d.Name == parts[0]))
            {
                // Postfix ignores the old switch when the modern setting is present.
                report.Add($"main.cf:{definition.Line}: {definition.Name}: removed; {parts[0]} is set and takes precedence");
            }
            else
            {
                report.Add($"main.cf:{definition.Line}: {definition.Name}: kept, no mechanical replacement ({replacement})");
                definitions.Add(definition);
            }
        }

        var entries = masterCf.Entries.Select(entry =>
        {
            var modern = entry with { Overrides = entry.Overrides.Select(o => o with { Value = Restrictions(o.Name, o.Value, rblDomains, report, $"master.cf:{entry.Line}") }).ToList() };
            if (entry.Type == "fifo")
            {
                report.Add($"master.cf:{entry.Line}: {entry.Service}: fifo replaced by unix (Postfix 2.10)");
                modern = modern with { Type = "unix" };
            }

            return modern;
        }).ToList();

        return (mainCf with { Definitions = definitions }, masterCf with { Entries = entries });
    }

    // The words of a restriction list with each obsolete restriction in its modern form.
    private static string Restrictions(string name, string value, IReadOnlyList<string> rblDomains, List<string> report, string where)
    {
        if (!ModelMembers.Parameters.TryGetValue(name, out var parameter) || parameter.Parameter.Kind != ParameterKind.Restrictions)
        {
            return value;
        }

        var words = new List<string>();
        var changed = false;
        foreach (var word in MainCfFile.ListItems(value))
        {
            var obsolete = ObsoleteRestrictions.Find(word);
            if (obsolete is null)
            {
                words.Add(word);
            }
            else if (word == "reject_maps_rbl" && rblDomains.Count > 0)
            {
                words.AddRange(rblDomains.SelectMany(d => new[] { "reject_rbl_client", d }));
                changed = true;
            }
            else if (obsolete.Replacements.Length > 0 && word != "reject_maps_rbl" && word != "reject_rbl")
            {
                // A replacement already earlier in the list would only repeat itself.
                words.AddRange(obsolete.Replacements.Where(r => !words.Contains(r)));
                changed = true;
            }
            else
            {
                report.Add($"{where}: {name}: {word} kept, no mechanical replacement ({obsolete.Advice})");
                words.Add(word);
            }
        }

        if (changed)
        {
            report.Add($"{where}: {name}: obsolete restrictions replaced");
        }

        return changed ? string.Join(", ", words) : value;
    }
}
