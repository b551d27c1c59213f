using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>
/// The generated model shapes (what the required-value walk, PFX0026, reads of each model class)
/// against reflection with the rules the walk used before they were generated: public instance
/// properties without parameters, of a reference type, with a setter or a backing field; required
/// when not annotated nullable; a leaf when a string. Compared as the walk sees them: a nullable
/// string can neither be reported nor walked, so it has no effect either way.
/// </summary>
public sealed class ModelShapeTests
{
    private static readonly Assembly Library = typeof(MailHost).Assembly;

    [Fact]
    public void Every_generated_shape_is_what_reflection_reads_in_the_same_order()
    {
        var shaped = Library.GetTypes().Where(t => ModelShapes.Of(t) is not null).ToList();

        Assert.True(shaped.Count > 50, $"only {shaped.Count} model classes have a shape");
        Assert.All(shaped, type => Assert.Equal(Reflected(type), Effective(ModelShapes.Of(type)!)));
    }

    [Fact]
    public void Every_model_class_in_the_sample_and_snapshot_hosts_has_a_shape()
    {
        var hosts = SnapshotCases.All.Values.Select(c => c.Host).Append(Neptune.NeptuneHost.Definition);
        var met = new HashSet<Type>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var host in hosts)
        {
            Visit(host, met, visited);
        }

        // Parameters is walked through the settings it holds, never through its properties.
        var missing = met.Where(t => t != typeof(Parameters) && ModelShapes.Of(t) is null).Select(t => t.FullName).ToList();
        Assert.True(met.Count > 30, $"only {met.Count} model classes met");
        Assert.Empty(missing);
    }

    [Fact]
    public void The_shapes_getters_read_the_property()
    {
        var host = Neptune.NeptuneHost.Definition;
        var shape = ModelShapes.Of(typeof(MailHost))!;

        Assert.Equal(host.Name, shape.Single(p => p.Name == nameof(MailHost.Name)).Get(host));
        Assert.Same(host.MasterCf, shape.Single(p => p.Name == nameof(MailHost.MasterCf)).Get(host));
        Assert.Null(ModelShapes.Of(typeof(string)));
        Assert.Null(ModelShapes.Of(typeof(HostValidator)));
    }

    private static List<string> Effective(IEnumerable<WalkedProperty> properties) =>
        properties.Where(p => p.Required || !p.Leaf).Select(p => $"{p.Name} required={p.Required} leaf={p.Leaf}").ToList();

    private static List<string> Reflected(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return Effective(type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsValueType
                && (p.SetMethod is not null || p.DeclaringType!.GetField($"<{p.Name}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is not null))
            .Select(p => new WalkedProperty(p.Name, _ => null, nullability.Create(p).ReadState == NullabilityState.NotNull, p.PropertyType == typeof(string))));
    }

    // Every object of the library reachable through public properties and lists.
    private static void Visit(object node, HashSet<Type> met, HashSet<object> visited)
    {
        var type = node.GetType();
        if (type.IsValueType || node is string || !visited.Add(node))
        {
            return;
        }

        if (node is IEnumerable items)
        {
            foreach (var item in items)
            {
                if (item is not null)
                {
                    Visit(item, met, visited);
                }
            }

            return;
        }

        if (type.Assembly != Library)
        {
            return;
        }

        met.Add(type);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.GetValue(node) is { } value)
            {
                Visit(value, met, visited);
            }
        }
    }
}
