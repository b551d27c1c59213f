using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
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

/// <summary>Reads postconf(5) as installed (<c>/usr/share/man/man5/postconf.5.gz</c>).</summary>
internal static partial class ManualPage
{
    public const string DefaultPath = "/usr/share/man/man5/postconf.5.gz";

    public static Dictionary<string, ManualEntry> Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var entries = new Dictionary<string, ManualEntry>(StringComparer.Ordinal);
        string? name = null;
        var defaultText = string.Empty;
        var paragraphs = new List<string>();
        var paragraph = new StringBuilder();

        void EndParagraph()
        {
            if (paragraph.Length > 0)
            {
                paragraphs.Add(Regex.Replace(paragraph.ToString().Trim(), @"\s+", " "));
                paragraph.Clear();
            }
        }

        void EndEntry()
        {
            EndParagraph();
            if (name is not null)
            {
                entries[name] = new ManualEntry(name, defaultText, paragraphs.ToList());
            }

            paragraphs.Clear();
            name = null;
        }

        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith(".SH ", StringComparison.Ordinal))
            {
                EndEntry();
                var heading = Heading().Match(Plain(line[4..]).Trim('"', ' '));
                if (heading.Success)
                {
                    name = heading.Groups[1].Value;
                    defaultText = heading.Groups[2].Value;
                }
            }
            else if (line.StartsWith('.'))
            {
                EndParagraph();
            }
            else if (name is not null)
            {
                paragraph.Append(Plain(line)).Append(' ');
            }
        }

        EndEntry();
        return entries;
    }

    /// <summary>Removes troff font changes and escapes.</summary>
    private static string Plain(string troff) => troff
        .Replace("\\fB", string.Empty).Replace("\\fR", string.Empty).Replace("\\fI", string.Empty).Replace("\\fP", string.Empty)
        .Replace("\\-", "-").Replace("\\(bu", "*").Replace("\\&", string.Empty).Replace("\\e", "\\");

    [GeneratedRegex(@"^([A-Za-z0-9_]+) \((?:default: (.*)|read-only)\)$")]
    private static partial Regex Heading();
}
