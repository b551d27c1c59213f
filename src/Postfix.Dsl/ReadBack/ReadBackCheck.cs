using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// The self-check of every emit: each rendered file is read back with the faithful reader
/// (<see cref="MainCfReader"/>, <see cref="MasterCfReader"/>, <see cref="TableReader"/>,
/// <see cref="RegexpReader"/>, <see cref="SyslogReader"/>) and compared with what the model
/// says — every parameter, service field, argument, override, table entry and syslog rule.
/// Any difference is a PFX0025 error and nothing is written. It holds for user template overrides too.
/// </summary>
internal static class ReadBackCheck
{
    /// <summary>Every difference between <paramref name="rendered"/> as Postfix would read it and <paramref name="host"/>.</summary>
    public static IReadOnlyList<Finding> Check(MailHost host, RenderedHost rendered)
    {
        var report = new ReadBackReport(host.Name);
        foreach (var file in rendered.Files)
        {
            CheckFile(host, file.Name, new StringReader(file.Content), report);
        }

        return report.Errors;
    }

    /// <summary>
    /// Reads one written file of <paramref name="host"/> back from <paramref name="content"/> and reports
    /// every difference. Tables are read one entry at a time, so a file of any size is checked in
    /// constant memory (the emit reads back what it wrote to disk).
    /// </summary>
    public static void CheckFile(MailHost host, string name, TextReader content, ReadBackReport report)
    {
        switch (name)
        {
            case "main.cf":
                MainCfReadBack.Check(host, content.ReadToEnd(), report);
                break;
            case "master.cf":
                MasterCfReadBack.Check(host, content.ReadToEnd(), report);
                break;
            case "syslog.conf":
                SyslogReadBack.Check(host, content.ReadToEnd(), report);
                break;
            default:
                if (HostTables.Collect(host).FirstOrDefault(t => t.FileName == name) is { } table)
                {
                    TableReadBack.Check(host, table, content, report);
                }

                break;
        }
    }

    /// <summary>Throws <see cref="PostfixValidationException"/> when a rendered file does not read back as the model.</summary>
    public static void ThrowIfDifferent(MailHost host, RenderedHost rendered)
    {
        var errors = Check(host, rendered);
        if (errors.Count > 0)
        {
            throw new PostfixValidationException(errors);
        }
    }
}

/// <summary>Collects the differences found for one host as PFX0025 errors.</summary>
internal sealed class ReadBackReport(string host)
{
    private readonly List<Finding> _errors = [];

    public IReadOnlyList<Finding> Errors => _errors;

    /// <summary>Reports that <paramref name="location"/> of <paramref name="artifact"/> reads back as <paramref name="actual"/> instead of <paramref name="expected"/>.</summary>
    public void Differs(string artifact, string location, string expected, string actual) =>
        _errors.Add(new Finding(ValidationRules.ReadBackMismatch, host, artifact, location, expected,
            $"is what the model says, but Postfix would read the written file as \"{Finding.Visible(actual)}\"",
            "a value whose written form means exactly the model: remove the characters that change its meaning (a leading '#', '{' or '}', '=' in a name, line separators), or report a bug if none"));

    /// <summary>Reports what Postfix would warn about or ignore in the written file.</summary>
    public void Problems(string artifact, IEnumerable<ReadProblem> problems)
    {
        foreach (var problem in problems)
        {
            _errors.Add(new Finding(ValidationRules.ReadBackMismatch, host, artifact, $"line {problem.Line}", problem.Text,
                $"would make Postfix warn or ignore text: {problem.Problem}", "a file Postfix reads without a warning"));
        }
    }

    /// <summary>Compares two sequences, reporting a difference as one error.</summary>
    public void Compare(string artifact, string location, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (!expected.SequenceEqual(actual, System.StringComparer.Ordinal))
        {
            Differs(artifact, location, Show(expected), Show(actual));
        }
    }

    /// <summary>
    /// Compares two sequences item by item without holding either: the first differing item, or a
    /// missing or extra one, is reported as one error naming its position. Items are compared with
    /// <paramref name="same"/> (their own equality when null) and spelled with <paramref name="show"/> only for the report.
    /// </summary>
    public void CompareInStep<T>(string artifact, string what, IEnumerable<T> expected, IEnumerable<T> actual, System.Func<T, string> show, IEqualityComparer<T>? same = null)
    {
        same ??= EqualityComparer<T>.Default;
        using var left = expected.GetEnumerator();
        using var right = actual.GetEnumerator();
        for (var position = 1; ; position++)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft && !hasRight)
            {
                return;
            }

            if (hasLeft != hasRight || !same.Equals(left.Current, right.Current))
            {
                Differs(artifact, $"{what} {position}", hasLeft ? show(left.Current) : "(no more entries)", hasRight ? show(right.Current) : "(no more entries)");
                while (right.MoveNext())
                {
                    // Read to the end, so the reader's problems about the rest of the file are reported too.
                }

                return;
            }
        }
    }

    public static string Show(IReadOnlyList<string> words) => "[" + string.Join(" | ", words) + "]";
}
