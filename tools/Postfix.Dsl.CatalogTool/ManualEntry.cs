using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Postfix.Dsl.CatalogTool;

/// <summary>One parameter's entry in postconf(5), reduced to plain-text paragraphs.</summary>
/// <param name="Name">The parameter.</param>
/// <param name="Default">The default as the manual shows it (<c>empty</c>, <c>see "postconf -d" output</c>, ...).</param>
/// <param name="Paragraphs">The body, one string per paragraph, troff markup removed.</param>
internal sealed record ManualEntry(string Name, string Default, IReadOnlyList<string> Paragraphs)
{
    private string Text => string.Join(" ", Paragraphs);

    /// <summary>The unit of a bare number, from "The default time unit is h (hours)".</summary>
    public char? TimeUnit => Regex.Match(Text, @"default time unit is ([smhdw])\b") is { Success: true } m ? m.Groups[1].Value[0] : null;

    /// <summary>The first Postfix version the manual names for the feature ("available in Postfix 2.8 and later").</summary>
    public string Since => Regex.Match(Text, @"available (?:in|with) Postfix (?:version )?(\d+\.\d+)") is { Success: true } m ? m.Groups[1].Value : string.Empty;

    /// <summary>The new name of a renamed parameter ("Renamed to x in Postfix 3.6", "replaced by x in Postfix 3.1").</summary>
    public string? RenamedTo => Regex.Match(Text, @"(?:[Rr]enamed to|replaced by) ([A-Za-z0-9_]+)(?: in Postfix|\.)") is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The manual describes the value as a list (of names, domains, ...).</summary>
    public bool DescribesList => Regex.IsMatch(Paragraphs.FirstOrDefault() ?? string.Empty, @"(?i)\blist of\b|separated by comma|separated by whitespace|comma- ?or whitespace|whitespace-separated|comma-separated");

    /// <summary>The manual describes the value as lookup tables.</summary>
    public bool DescribesTables => Regex.IsMatch(Paragraphs.FirstOrDefault() ?? string.Empty, @"(?i)lookup tables?\b|\boptional tables?\b");

    /// <summary>The first sentence of the body.</summary>
    public string FirstSentence
    {
        get
        {
            var first = Paragraphs.FirstOrDefault() ?? string.Empty;
            var end = Regex.Match(first, @"(?<!\be\.g|\bi\.e|\betc|\bvs)\.(\s|$)");
            return end.Success ? first[..(end.Index + 1)] : first;
        }
    }
}
