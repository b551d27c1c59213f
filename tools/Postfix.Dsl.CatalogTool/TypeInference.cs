using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Postfix.Dsl.CatalogTool;

/// <summary>
/// Derives a parameter's catalog type from what Postfix itself says: the default <c>postconf -d</c>
/// prints, and the wording of its postconf(5) entry. Types it cannot see (long, raw, enum, host and
/// domain names) come from <see cref="CuratedEntry"/>.
/// </summary>
internal static partial class TypeInference
{
    public static string Derive(string name, string defaultValue, ManualEntry? manual, Func<string, string?> typeOf)
    {
        var value = Effective(defaultValue);
        if (manual?.TimeUnit is { } unit)
        {
            return "time:" + unit;
        }

        // Postfix takes a time parameter's default unit from the unit letter of its default value.
        if (TimeValue().Match(value) is { Success: true } time)
        {
            return "time:" + time.Groups[1].Value;
        }

        if (value is "yes" or "no")
        {
            return "bool";
        }

        if (Number().IsMatch(value))
        {
            return "int";
        }

        if (name.EndsWith("_restrictions", StringComparison.Ordinal))
        {
            return "restrictions";
        }

        if (name.EndsWith("_maps", StringComparison.Ordinal) || name.EndsWith("_checks", StringComparison.Ordinal) || manual?.DescribesTables == true)
        {
            return "maps";
        }

        // A default that is just another parameter ("$smtpd_helo_required") has that parameter's type.
        if (Reference().Match(value) is { Success: true } reference && typeOf(reference.Groups[1].Value) is { } referenced)
        {
            return referenced;
        }

        // A comma outside {} in the default separates list items ("alias, forward").
        return manual?.DescribesList == true || ListDefault().IsMatch(value) ? "list" : "string";
    }

    /// <summary>
    /// The default a modern host sees: the branch for compatibility_level 3.6 of a
    /// <c>${{$compatibility_level} &lt;level {N} ? {old} : {new}}</c> default, and the unstressed
    /// branch of <c>${stress?{a}:{b}}</c> and of other <c>${name?{a}:{b}}</c> conditionals (the
    /// branch taken when the legacy name they test is not set).
    /// </summary>
    public static string Effective(string value)
    {
        if (Compatibility().Match(value) is { Success: true } compatible)
        {
            return compatible.Groups[1].Value;
        }

        string previous;
        do
        {
            previous = value;
            value = Conditional().Replace(value, "$1");
        }
        while (value != previous);
        return value;
    }

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\$\{?([A-Za-z0-9_]+)\}?$")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\$\{\{\$compatibility_level\} <level \{[0-9.]+\} \? \{.*\} : \{(.*)\}\}$")]
    private static partial Regex Compatibility();

    [GeneratedRegex(@"\$\{[a-z_]+\?\{[^{}]*\}:\{([^{}]*)\}\}")]
    private static partial Regex Conditional();

    [GeneratedRegex(@"^[^{}$]*\w, ?[^{}]*$")]
    private static partial Regex ListDefault();

    [GeneratedRegex(@"^\d+([smhdw])$")]
    private static partial Regex TimeValue();
}
