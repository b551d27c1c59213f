using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Postfix.Dsl.Tests.RealPostfix;

namespace Postfix.Dsl.Tests.Corpus;

/// <summary>
/// What a configuration directory means to the real Postfix, read with <c>postconf -n</c>, <c>-M</c>,
/// <c>-F</c> and <c>-P</c>, in a form where two directories that mean the same compare equal: list
/// values as their items (Postfix reads <c>a, b</c>, <c>a,b</c> and <c>a b</c> alike), scalars exactly,
/// and a service's command without its <c>-o</c> options, which <c>-P</c> compares one by one.
/// </summary>
internal sealed partial record ConfigurationMeaning(
    IReadOnlyDictionary<string, string> MainCf,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Fields,
    IReadOnlyDictionary<string, string> ServiceParameters,
    IReadOnlyList<string> Warnings)
{
    private static readonly HashSet<ParameterKind> ScalarKinds =
    [
        ParameterKind.Bool, ParameterKind.Int, ParameterKind.Long, ParameterKind.Time, ParameterKind.Enum,
        ParameterKind.String, ParameterKind.Raw, ParameterKind.HostName, ParameterKind.DomainName, ParameterKind.Transport,
    ];

    public static ConfigurationMeaning Of(string directory)
    {
        var warnings = new List<string>();
        string Run(params string[] options)
        {
            var result = PostfixTools.Run(PostfixTools.Postconf, ["-c", directory, .. options]);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"{result.CommandLine} failed: {result.Stderr}");
            }

            // A database client table's own configuration lives on the mail host, not beside main.cf:
            // postconf cannot open it here, for the original and the DSL's files alike.
            warnings.AddRange(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !DatabaseConfigurationMissing().IsMatch(w)));
            return result.Stdout;
        }

        var mainCf = Lines(Run("-n"))
            .Select(Split)
            .Where(p => p.Name != "config_directory") // postconf reports the -c directory itself
            .ToDictionary(p => p.Name, p => Normalized(p.Name, p.Value), StringComparer.Ordinal);
        var services = Lines(Run("-M")).Select(ServiceLine).Order(StringComparer.Ordinal).ToList();
        var fields = Lines(Run("-F")).Select(Split)
            .Select(p => p.Name + " = " + (p.Name.EndsWith("/command", StringComparison.Ordinal) ? WithoutOptions(p.Value) : p.Value))
            .Order(StringComparer.Ordinal).ToList();
        var serviceParameters = Lines(Run("-P")).Select(Split)
            .ToDictionary(p => p.Name, p => Normalized(p.Name[(p.Name.LastIndexOf('/') + 1)..], p.Value), StringComparer.Ordinal);
        return new ConfigurationMeaning(mainCf, services, fields, serviceParameters, warnings.Distinct().ToList());
    }

    /// <summary>Every difference between two meanings, one line each; empty when they mean the same.</summary>
    public static IReadOnlyList<string> Differences(ConfigurationMeaning original, ConfigurationMeaning generated)
    {
        var differences = new List<string>();
        Compare("main.cf (postconf -n)", original.MainCf, generated.MainCf, differences);
        Compare("master.cf -o (postconf -P)", original.ServiceParameters, generated.ServiceParameters, differences);
        differences.AddRange(original.Services.Except(generated.Services).Select(s => "postconf -M: only the original has: " + s));
        differences.AddRange(generated.Services.Except(original.Services).Select(s => "postconf -M: only the DSL's has: " + s));
        differences.AddRange(original.Fields.Except(generated.Fields).Select(s => "postconf -F: only the original has: " + s));
        differences.AddRange(generated.Fields.Except(original.Fields).Select(s => "postconf -F: only the DSL's has: " + s));
        return differences;
    }

    /// <summary>A list value as its items, a scalar as written; a name Postfix does not know (the host's own) as a list.</summary>
    public static string Normalized(string name, string value)
    {
        var descriptor = ParameterCatalog.All.FirstOrDefault(d => d.Name == name);
        return descriptor is not null && ScalarKinds.Contains(descriptor.Kind) ? value : string.Join(" | ", Items(value));
    }

    /// <summary>Postfix's list items: separated by blanks and commas, a <c>{ }</c> group one item with its inner blanks trimmed.</summary>
    public static IReadOnlyList<string> Items(string value)
    {
        var items = new List<string>();
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] is ' ' or '\t' or '\n' or ',')
            {
                i++;
                continue;
            }

            var item = new StringBuilder();
            if (value[i] == '{')
            {
                var depth = 0;
                var start = i;
                for (; i < value.Length; i++)
                {
                    depth += value[i] == '{' ? 1 : value[i] == '}' ? -1 : 0;
                    if (depth == 0)
                    {
                        break;
                    }
                }

                items.Add("{" + value[(start + 1)..Math.Min(i, value.Length)].Trim() + "}");
                i++;
                continue;
            }

            while (i < value.Length && value[i] is not (' ' or '\t' or '\n' or ','))
            {
                item.Append(value[i++]);
            }

            items.Add(item.ToString());
        }

        return items;
    }

    private static void Compare(string what, IReadOnlyDictionary<string, string> original, IReadOnlyDictionary<string, string> generated, List<string> differences)
    {
        foreach (var name in original.Keys.Union(generated.Keys).Order(StringComparer.Ordinal))
        {
            var left = original.GetValueOrDefault(name);
            var right = generated.GetValueOrDefault(name);
            if (left != right)
            {
                differences.Add($"{what}: {name}: original \"{left ?? "(unset)"}\", DSL \"{right ?? "(unset)"}\"");
            }
        }
    }

    // "name type private unpriv chroot wakeup maxproc command args -o ...": columns as written, the command without its -o options.
    private static string ServiceLine(string line)
    {
        var words = line.Split(' ', 8, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", words.Take(7)) + " " + WithoutOptions(words.Length > 7 ? words[7] : string.Empty);
    }

    private static string WithoutOptions(string command)
    {
        var words = Items(command.Replace(",", "\u0001", StringComparison.Ordinal)).Select(w => w.Replace("\u0001", ",", StringComparison.Ordinal)).ToList();
        var kept = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "-o")
            {
                i++; // the option itself, "name=value" or a { name = value } group
                continue;
            }

            kept.Add(words[i]);
        }

        return string.Join(" ", kept);
    }

    private static IEnumerable<string> Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static (string Name, string Value) Split(string line)
    {
        var separator = line.IndexOf(" =", StringComparison.Ordinal);
        return (line[..separator], line[(separator + 2)..].TrimStart(' '));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"warning: open ""(mysql|pgsql|sqlite|ldap|memcache)"" configuration "".*"": No such file or directory$")]
    private static partial System.Text.RegularExpressions.Regex DatabaseConfigurationMissing();
}
