using System;
using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// The order in which a <see cref="Parameters"/> object's properties were set — object-initializer
/// order, then the order of later <c>with</c> expressions — so that master.cf writes a service's
/// <c>-o</c> options in the order the model gives them. Immutable: setting a property makes a new
/// one, so a <c>with</c> copy never changes the original's order. Order is layout, not meaning, so
/// every order equals every other and <see cref="Parameters"/> equality stays by content.
/// </summary>
internal sealed class SettingOrder : IEquatable<SettingOrder>
{
    /// <summary>No property set yet.</summary>
    public static SettingOrder Empty { get; } = new([]);

    private readonly string[] _names;

    private SettingOrder(string[] names) => _names = names;

    /// <summary>This order with <paramref name="name"/> appended, unless it is already in it (a value replaced keeps its place).</summary>
    public SettingOrder With(string name)
    {
        if (Array.IndexOf(_names, name) >= 0)
        {
            return this;
        }

        var names = new string[_names.Length + 1];
        _names.CopyTo(names, 0);
        names[^1] = name;
        return new SettingOrder(names);
    }

    /// <summary>The names set, in ordinal order (the order main.cf is written in).</summary>
    public string[] NamesInOrdinalOrder()
    {
        var names = (string[])_names.Clone();
        Array.Sort(names, StringComparer.Ordinal);
        return names;
    }

    /// <summary>The position of <paramref name="name"/>, or <see cref="int.MaxValue"/> for one never set through a property.</summary>
    public int IndexOf(string name)
    {
        var index = Array.IndexOf(_names, name);
        return index < 0 ? int.MaxValue : index;
    }

    public bool Equals(SettingOrder? other) => other is not null;

    public override bool Equals(object? obj) => obj is SettingOrder;

    public override int GetHashCode() => 0;

    /// <summary>The names in order, for diagnostics.</summary>
    public override string ToString() => string.Join(", ", (IEnumerable<string>)_names);
}
