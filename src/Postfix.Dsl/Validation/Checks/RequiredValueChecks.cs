using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

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

    /// <summary>
    /// Lists and tables already walked without a null. The model is immutable, so they stay complete:
    /// a table every host of a fleet shares is walked once per process, not once per host.
    /// </summary>
    private static readonly ConditionalWeakTable<object, object> Complete = new();

    /// <summary>Reports every required value that is null; true when there was one (the host cannot be checked further).</summary>
    public static bool Check(ValidationContext context, MailHost host)
    {
        var before = context.Errors.Count;
        new Walker(context).Walk(host);
        return context.Errors.Count > before;
    }

    /// <summary>One walk: the path is kept as a stack of steps and spelled out only for a null.</summary>
    private sealed class Walker(ValidationContext context)
    {
        private readonly HashSet<object> _visited = new(ReferenceEqualityComparer.Instance);
        // The path as two lists, not a list of value tuples: those have no precompiled code.
        private readonly List<string?> _names = ["MailHost"];
        private readonly List<int> _steps = [-1];

        public void Walk(object node)
        {
            // One lookup per node says what it is: a table walks ten thousand entries, and type tests per node added up.
            var info = NodeInfo.Of(node.GetType());
            if (info.Kind == NodeKind.Record)
            {
                WalkProperties(node, info);
                return;
            }

            // Containers can be shared (one table in two restriction lists): each is walked once.
            if (node is IValueList { Count: 0 } || Complete.TryGetValue(node, out _) || !_visited.Add(node))
            {
                return;
            }

            var before = context.Errors.Count;
            switch (info.Kind)
            {
                case NodeKind.Parameters:
                    WalkParameters((Parameters)node);
                    break;
                case NodeKind.ValueList:
                    var list = (IValueList)node;
                    for (var index = 0; index < list.Count; index++)
                    {
                        WalkItem(list.ItemAt(index), index);
                    }

                    break;
                case NodeKind.List:
                    var position = 0;
                    foreach (var item in (IEnumerable)node)
                    {
                        WalkItem(item, position++);
                    }

                    break;
                default:
                    WalkProperties(node, info);
                    break;
            }

            if (context.Errors.Count == before)
            {
                Complete.TryAdd(node, node);
            }
        }

        private void WalkItem(object? item, int index)
        {
            if (item is null)
            {
                Report(index);
            }
            else if (NodeInfo.Of(item.GetType()).IsModel)
            {
                Push(null, index);
                Walk(item);
                Pop();
            }
        }

        private void WalkProperties(object node, NodeInfo info)
        {
            foreach (var (name, get, required, leaf) in info.Properties)
            {
                var value = get(node);
                if (value is null)
                {
                    if (required)
                    {
                        Push(name, -1);
                        Report(-1);
                        Pop();
                    }
                }
                else if (!leaf && NodeInfo.Of(value.GetType()).IsModel)
                {
                    Push(name, -1);
                    Walk(value);
                    Pop();
                }
            }
        }

        /// <summary>
        /// Parameters has a property per catalog parameter, nearly all unset: only the values it sets
        /// are walked (all its typed properties may be null), not 831 properties per service.
        /// </summary>
        private void WalkParameters(Parameters parameters)
        {
            foreach (var setting in parameters.Settings)
            {
                if (!setting.Descriptor.IsUnlisted && setting.Value is { } value && NodeInfo.Of(value.GetType()).IsModel)
                {
                    // The Postfix name is kept (index -2) and spelled as the C# property only for an error.
                    Push(setting.Name, -2);
                    Walk(value);
                    Pop();
                }
            }

            if (parameters.Unlisted is null)
            {
                Push(nameof(Parameters.Unlisted), -1);
                Report(-1);
                Pop();
            }
            else
            {
                Push(nameof(Parameters.Unlisted), -1);
                Walk(parameters.Unlisted);
                Pop();
            }
        }

        private void Push(string? property, int index)
        {
            _names.Add(property);
            _steps.Add(index);
        }

        private void Pop()
        {
            _names.RemoveAt(_names.Count - 1);
            _steps.RemoveAt(_steps.Count - 1);
        }

        private void Report(int index)
        {
            var path = new StringBuilder();
            for (var i = 0; i < _names.Count; i++)
            {
                var (property, step) = (_names[i], _steps[i]);
                if (property is not null)
                {
                    var name = step == -2 && ParameterCatalog.PropertyNameOf(property) is { } csharp ? csharp : property;
                    path.Append(path.Length > 0 ? "." : string.Empty).Append(name);
                }
                else
                {
                    path.Append('[').Append(step.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }

            if (index >= 0)
            {
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }

            RequiredValueChecks.Report(context, path.ToString());
        }
    }

    /// <summary>Model types are ours, and the lists that hold them (strings and enums need no walk).</summary>
    private enum NodeKind
    {
        /// <summary>A model record: its properties are walked, it is not remembered (entries are many and never shared).</summary>
        Record,

        /// <summary>
        /// A table, a service or another model object that may be shared: walked once, remembered when complete.
        /// A fleet's hosts share the stock services (<see cref="MasterCf.Stock"/>): walked again for every host,
        /// their properties were the largest part of this walk.
        /// </summary>
        Shared,
        Parameters,
        ValueList,
        List,
    }

    /// <summary>What the walk needs to know of a type, found once per type.</summary>
    private sealed class NodeInfo
    {
        [ThreadStatic]
        private static (Type Type, NodeInfo Info)[]? recent;

        private static readonly ConcurrentDictionary<Type, NodeInfo> Infos = new();

        private NodeInfo(Type type)
        {
            IsModel = IsModelType(type);
            Kind = type == typeof(Parameters) ? NodeKind.Parameters
                : typeof(IValueList).IsAssignableFrom(type) ? NodeKind.ValueList
                : typeof(IEnumerable).IsAssignableFrom(type) ? NodeKind.List
                : typeof(LookupTable).IsAssignableFrom(type) || typeof(CustomParameter).IsAssignableFrom(type) || type == typeof(Service) ? NodeKind.Shared
                : NodeKind.Record;
            // Only a model type's properties are ever read: a boxed bool or an IPAddress is a value, not a node.
            Properties = IsModel && (Kind is NodeKind.Record or NodeKind.Shared) ? PropertiesOf(type) : [];
        }

        public bool IsModel { get; }

        public NodeKind Kind { get; }

        public WalkedProperty[] Properties { get; }

        /// <summary>The info of <paramref name="type"/>; the last few types of this thread are found without a dictionary lookup.</summary>
        public static NodeInfo Of(Type type)
        {
            var cache = recent ??= new (Type, NodeInfo)[4];
            for (var i = 0; i < cache.Length; i++)
            {
                if (ReferenceEquals(cache[i].Type, type))
                {
                    return cache[i].Info;
                }
            }

            var info = Infos.GetOrAdd(type, static t => new NodeInfo(t));
            cache[3] = cache[2];
            cache[2] = cache[1];
            cache[1] = cache[0];
            cache[0] = (type, info);
            return info;
        }
    }

    private static bool IsModelType(Type type) =>
        !type.IsValueType && type != typeof(string)
        && (type.Assembly == typeof(MailHost).Assembly || typeof(IEnumerable).IsAssignableFrom(type));

    /// <summary>
    /// The properties a user sets (init or constructor-set, not computed), whether each needs a value,
    /// and whether its value is a leaf. The model's classes have them generated (<see cref="ModelShapes"/>);
    /// any other class met in a walk is read by reflection, with the same rules.
    /// </summary>
    private static WalkedProperty[] PropertiesOf(Type t) => ModelShapes.Of(t) ?? ReflectedProperties(t);

    // Reached only for the library's own classes (NodeInfo reads properties of model records and shared
    // objects alone; a list is walked by enumeration), which ILLink.Descriptors.xml keeps whole.
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2070:UnrecognizedReflectionPattern",
        Justification = "Only the library's own classes get here, and ILLink.Descriptors.xml keeps the library whole.")]
    private static WalkedProperty[] ReflectedProperties(Type t)
    {
        var nullability = new NullabilityInfoContext();
        return t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsValueType && IsStored(p))
            .Select(p => new WalkedProperty(p.Name, p.GetValue, nullability.Create(p).ReadState == NullabilityState.NotNull, p.PropertyType == typeof(string)))
            .ToArray();
    }

    /// <summary>A property with a setter (init) or a compiler-generated backing field; computed ones like Parameters.Settings are skipped.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075:UnrecognizedReflectionPattern",
        Justification = "The property's class is one of the library's, kept whole by ILLink.Descriptors.xml.")]
    private static bool IsStored(PropertyInfo property) =>
        property.SetMethod is not null
        || property.DeclaringType!.GetField($"<{property.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static void Report(ValidationContext context, string path) =>
        context.Report(ValidationRules.RequiredValue, "(model)", path, "null",
            "is null, but the model needs a value here",
            "a value: set the property (or leave it out to keep its default); a list holds no null element");
}
