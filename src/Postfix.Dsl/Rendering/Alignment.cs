using System.Collections.Generic;
using System.Text;

namespace Postfix.Dsl;

/// <summary>
/// Every alignment decision of the rendered files, in C#: the templates only place the lines the
/// views hold. A column that is too long pushes the rest of its own line by one space and never
/// moves other lines, so adding a long key changes one line of the diff.
/// </summary>
internal static class Alignment
{
    /// <summary>The key column of access, transport and regexp tables: 31 characters, then a space.</summary>
    public const int TableKeyWidth = 31;

    /// <summary>The selector column of syslog.conf: 23 characters, then a space.</summary>
    public const int SyslogSelectorWidth = 23;

    /// <summary>Start columns of master.cf's eight fields, matching the header comment (as Postfix's own master.cf does).</summary>
    private static readonly int[] MasterCfTabStops = [0, 10, 16, 24, 32, 40, 48, 56];

    /// <summary><paramref name="first"/> padded to <paramref name="width"/>, a space, then <paramref name="second"/>.</summary>
    public static string TwoColumns(string first, int width, string second) => first.PadRight(width) + " " + second;

    /// <summary>master.cf's eight fields, each on the next tab stop of the header.</summary>
    public static string MasterCfColumns(IReadOnlyList<string> columns)
    {
        var line = new StringBuilder();
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0)
            {
                var stop = MasterCfTabStops[i];
                line.Append(' ', line.Length < stop ? stop - line.Length : 1);
            }

            line.Append(columns[i]);
        }

        return line.ToString();
    }
}
