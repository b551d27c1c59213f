using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Postfix.Dsl.CatalogTool;

/// <summary>Asks the installed postconf for its built-in parameters and their defaults.</summary>
internal static class Postconf
{
    /// <summary>
    /// <c>postconf -d</c> run against a private configuration directory holding <paramref name="masterCf"/>:
    /// with an empty master.cf this is the built-in set (831 names on 3.7.11); services add the names
    /// Postfix derives from them.
    /// </summary>
    public static SortedDictionary<string, string> Defaults(string masterCf)
    {
        var (output, errors) = Run(string.Empty, masterCf, "-d");
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("postconf -d warned: " + errors);
        }

        return Parse(output);
    }

    /// <summary>
    /// Sets every parameter to <c>$mail_name</c> and asks <c>postconf -n -x</c> to expand them:
    /// the parameters Postfix leaves unexpanded are its "raw" ones, and those it warns about are read-only.
    /// </summary>
    public static (IReadOnlySet<string> Raw, IReadOnlySet<string> ReadOnly) ProbeExpansion(IEnumerable<string> names)
    {
        var mainCf = string.Concat(names.Where(n => n != "mail_name").Select(n => n + " = $mail_name\n"));
        var (output, errors) = Run(mainCf, string.Empty, "-n", "-x");
        var raw = Parse(output).Where(p => p.Value == "$mail_name").Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var readOnly = System.Text.RegularExpressions.Regex.Matches(errors, @"read-only parameter assignment: ([A-Za-z0-9_]+)=")
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
        return (raw, readOnly);
    }

    private static SortedDictionary<string, string> Parse(string output)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = line.IndexOf(" =", StringComparison.Ordinal);
            values[line[..separator]] = line[(separator + 2)..].TrimStart(' ');
        }

        return values;
    }

    private static (string Output, string Errors) Run(string mainCf, string masterCf, params string[] options)
    {
        var directory = Directory.CreateTempSubdirectory("postfix-catalog-");
        try
        {
            foreach (var (name, content) in new[] { ("main.cf", mainCf), ("master.cf", masterCf) })
            {
                var file = Path.Combine(directory.FullName, name);
                File.WriteAllText(file, content);

                // Postfix re-reads a file modified in the current second every 300 ms until it is older.
                File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
            }
            var start = new ProcessStartInfo("postconf", ["-c", directory.FullName, .. options])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start postconf");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"postconf {string.Join(' ', options)} failed ({process.ExitCode}): {errors}");
            }

            return (output.Result, errors);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
