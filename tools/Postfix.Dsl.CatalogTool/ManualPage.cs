using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Postfix.Dsl.CatalogTool;

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
