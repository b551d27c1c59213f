using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Postfix.Dsl;

/// <summary>
/// PFX0026: a null where the model requires a value — a non-nullable property (<c>Name = null!</c>,
/// <c>Command = null!</c>, a table's <c>Entries</c>), or a null element of a list. It walks the whole
/// host once, before every other check, so that a null is a rule error naming its place and never
/// a <see cref="NullReferenceException"/> further on. What may be null is what the C# model
/// declares nullable, read from its nullable annotations.
/// </summary>
internal static class RequiredValueChecks
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, bool Required)[]> Properties = new();

    /// <summary>Reports every required value that is null; true when there was one (the host cannot be checked further).</summary>
    public static bool Check(ValidationContext context, MailHost host)
    {
        var before = context.Errors.Count;
        Walk(context, host, "MailHost", new HashSet<object>(ReferenceEqualityComparer.Instance));
        return context.Errors.Count > before;
    }

    private static void Walk(ValidationContext context, object node, string path, HashSet<object> visited)
    {
        if (!visited.Add(node))
        {
            return;
        }

        if (node is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                var itemPath = $"{path}[{index++}]";
                if (item is null)
                {
                    Report(context, itemPath);
                }
                else if (IsModel(item.GetType()))
                {
                    Walk(context, item, itemPath, visited);
                }
            }

            return;
        }

        foreach (var (property, required) in PropertiesOf(node.GetType()))
        {
            var value = property.GetValue(node);
            var valuePath = path + "." + property.Name;
            if (value is null)
            {
                if (required)
                {
                    Report(context, valuePath);
                }
            }
            else if (IsModel(value.GetType()))
            {
                Walk(context, value, valuePath, visited);
            }
        }
    }

    /// <summary>Model types are ours, and the lists that hold them (strings and enums need no walk).</summary>
    private static bool IsModel(Type type) =>
        !type.IsValueType && type != typeof(string)
        && (type.Assembly == typeof(MailHost).Assembly || typeof(IEnumerable).IsAssignableFrom(type));

    /// <summary>The properties a user sets (init or constructor-set, not computed), and whether each needs a value.</summary>
    private static (PropertyInfo Property, bool Required)[] PropertiesOf(Type type) => Properties.GetOrAdd(type, static t =>
    {
        var nullability = new NullabilityInfoContext();
        return t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsValueType && IsStored(p))
            .Select(p => (p, nullability.Create(p).ReadState == NullabilityState.NotNull))
            .ToArray();
    });

    /// <summary>A property with a setter (init) or a compiler-generated backing field; computed ones like Parameters.Settings are skipped.</summary>
    private static bool IsStored(PropertyInfo property) =>
        property.SetMethod is not null
        || property.DeclaringType!.GetField($"<{property.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static void Report(ValidationContext context, string path) =>
        context.Report(ValidationRules.RequiredValue, "(model)", path, "null",
            "is null, but the model needs a value here",
            "a value: set the property (or leave it out to keep its default); a list holds no null element");
}
