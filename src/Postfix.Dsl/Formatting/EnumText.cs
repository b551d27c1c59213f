using System;
using System.Collections.Concurrent;
using System.Reflection;

namespace Postfix.Dsl;

/// <summary>The Postfix spelling of an enum member: its <see cref="PostfixValueAttribute"/>, else the name in lower case.</summary>
internal static class EnumText
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Of(Enum value) => Cache.GetOrAdd(value, static v =>
    {
        var name = v.ToString();
        var field = v.GetType().GetField(name, BindingFlags.Public | BindingFlags.Static);
        return field?.GetCustomAttribute<PostfixValueAttribute>()?.Value ?? name.ToLowerInvariant();
    });
}
