using System;
using System.Collections.Concurrent;
using System.Reflection;

namespace Postfix.Dsl;

/// <summary>
/// The Postfix spelling of an enum member: its <see cref="PostfixValueAttribute"/>, else the name in lower case.
/// Read from the table generated at build time (<c>EnumTexts</c>); reflection answers only for a value
/// the table does not list, such as a combination of flags.
/// </summary>
internal static class EnumText
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Of(Enum value) => EnumTexts.Of(value) ?? Reflected(value);

    /// <summary>The spelling read by reflection, for a value the generated table does not list.</summary>
    private static string Reflected(Enum value) => Cache.GetOrAdd(value, static v =>
    {
        var name = v.ToString();
        var field = v.GetType().GetField(name, BindingFlags.Public | BindingFlags.Static);
        return field?.GetCustomAttribute<PostfixValueAttribute>()?.Value ?? name.ToLowerInvariant();
    });
}
