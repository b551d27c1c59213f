using System;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Postfix.Dsl.Emitter;

namespace Postfix.Dsl.Tasks;

/// <summary>Logs what a served emit printed as the emitter's output would be: canonical errors and warnings become build errors and warnings.</summary>
internal static class EmitOutputLog
{
    public static void Write(TaskLoggingHelper log, EmitResponse response)
    {
        foreach (var text in new[] { response.Output, response.Errors })
        {
            foreach (var line in text.Split('\n'))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                // As Exec does with an emitter's output: "file(line,col): error PFXnnnn: ..." becomes a build
                // error. Only a line that can be one goes through MSBuild's parser, whose first use in a
                // build costs more than the rest of this task.
                if (MayBeCanonical(line))
                {
                    log.LogMessageFromText(line.TrimEnd('\r'), MessageImportance.High);
                }
                else
                {
                    log.LogMessage(MessageImportance.High, "{0}", line.TrimEnd('\r'));
                }
            }
        }
    }

    /// <summary>
    /// True when <paramref name="line"/> has "error" or "warning" followed by a space or a colon, as
    /// every line in MSBuild's canonical error format has (<c>origin: [subcategory] error|warning [code]: text</c>).
    /// </summary>
    internal static bool MayBeCanonical(string line) => HasCategory(line, "error") || HasCategory(line, "warning");

    private static bool HasCategory(string line, string category)
    {
        for (var at = line.IndexOf(category, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(category, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + category.Length;
            if (end == line.Length || line[end] is ' ' or ':')
            {
                return true;
            }
        }

        return false;
    }
}
