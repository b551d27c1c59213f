using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Postfix.Dsl.Tests;

/// <summary>
/// Runs the installed postconf against a private configuration directory, so that Postfix itself
/// judges what we generate. Tests that need it are <see cref="PostfixFactAttribute"/>s.
/// </summary>
internal static class Postconf
{
    private static readonly string[] Candidates = ["/usr/sbin/postconf", "/usr/bin/postconf"];

    /// <summary>The postconf binary, or null when Postfix is not installed.</summary>
    public static string? Path { get; } = Candidates.FirstOrDefault(File.Exists);

    /// <summary>What postconf printed: its parameters (name → value as written) and its warnings.</summary>
    public sealed record Result(IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<string> Warnings);

    /// <summary>Runs <c>postconf -c DIR options</c> on a temporary DIR holding <paramref name="mainCf"/> and <paramref name="masterCf"/>.</summary>
    public static Result Run(string mainCf, string masterCf, params string[] options)
    {
        var postconf = Path ?? throw new InvalidOperationException(
            "postconf is not installed: install postfix (see README, or run .ci/run) — CI must have it.");
        var directory = Directory.CreateTempSubdirectory("postfix-dsl-test-");
        try
        {
            foreach (var (name, content) in new[] { ("main.cf", mainCf), ("master.cf", masterCf) })
            {
                var file = System.IO.Path.Combine(directory.FullName, name);
                File.WriteAllText(file, content);

                // Postfix re-reads a file modified in the current second every 300 ms until it is
                // older (it may still be being written); date it back so postconf reads it once.
                File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
            }
            var start = new ProcessStartInfo(postconf, ["-c", directory.FullName, .. options])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"postconf {string.Join(' ', options)} failed ({process.ExitCode}): {errors}");
            }

            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var separator = line.IndexOf(" =", StringComparison.Ordinal);
                parameters[line[..separator]] = line[(separator + 2)..].TrimStart(' ');
            }

            return new Result(parameters, errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
