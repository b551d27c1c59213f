using System;
using System.Collections.Generic;
using System.IO;
using Postfix.Dsl.Tests.RealPostfix;

namespace Postfix.Dsl.Tests;

/// <summary>
/// Runs the installed postconf on a temporary configuration directory holding exactly the given
/// main.cf and master.cf (an empty one for <c>postconf -d</c>'s built-in set, Debian's services for
/// the per-service names), and reads back what it printed. Tests that use it are [PostfixFact]s.
/// </summary>
internal static class Postconf
{
    /// <summary>What postconf printed: its parameters (name → value as written) and its warnings.</summary>
    public sealed record Result(IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<string> Warnings);

    /// <summary>Runs <c>postconf -c DIR options</c> on a temporary DIR holding <paramref name="mainCf"/> and <paramref name="masterCf"/>.</summary>
    public static Result Run(string mainCf, string masterCf, params string[] options)
    {
        var directory = Directory.CreateTempSubdirectory("postfix-dsl-test-");
        try
        {
            foreach (var (name, content) in new[] { ("main.cf", mainCf), ("master.cf", masterCf) })
            {
                var file = Path.Combine(directory.FullName, name);
                File.WriteAllText(file, content);

                // Postfix re-reads a file modified in the last seconds until it stops changing; date it back.
                File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
            }

            var result = PostfixTools.Run(PostfixTools.Postconf, ["-c", directory.FullName, .. options]);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"{result.CommandLine} failed ({result.ExitCode}): {result.Stderr}");
            }

            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var separator = line.IndexOf(" =", StringComparison.Ordinal);
                parameters[line[..separator]] = line[(separator + 2)..].TrimStart(' ');
            }

            return new Result(parameters, result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
