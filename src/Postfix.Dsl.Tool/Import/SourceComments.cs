using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl.Tool.Import;

/// <summary>
/// The comments of an original file, by the line they precede: the block of <c>#</c> lines right
/// above a definition becomes the C# comment of the item it documents. Commented-out settings
/// (<c>#name = value</c>) and banner rules (<c>#====</c>) are not prose and are left out.
/// </summary>
internal sealed class SourceComments(string text)
{
    private readonly string[] _lines = text.Replace("\r\n", "\n").Split('\n');

    /// <summary>The comment above 1-based <paramref name="line"/>, or null.</summary>
    public string? Above(int line)
    {
        var block = new List<string>();
        for (var i = line - 2; i >= 0; i--)
        {
            var trimmed = _lines[i].Trim();
            if (!trimmed.StartsWith('#'))
            {
                break;
            }

            block.Insert(0, trimmed.TrimStart('#').Trim());
        }

        var prose = block.Where(l => l.Length > 0 && !IsSetting(l) && !l.All(c => c is '=' or '-' or '#' or '*')).ToList();
        return prose.Count == 0 ? null : string.Join("\n", prose);
    }

    // "#myorigin = /etc/mailname", "#smtp inet n - y - - smtpd", "#  -o smtpd_tls_wrappermode=yes": kept out.
    private static bool IsSetting(string line) =>
        System.Text.RegularExpressions.Regex.IsMatch(line, @"^[A-Za-z0-9_]+\s*=") || line.StartsWith("-o ", System.StringComparison.Ordinal)
        || System.Text.RegularExpressions.Regex.IsMatch(line, @"^\S+\s+(inet|unix|unix-dgram|fifo|pass)\s");
}
