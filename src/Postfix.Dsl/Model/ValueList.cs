using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Makes the model's lists values: <see cref="Of{T}"/> copies a list into one that compares and
/// hashes by content, so two records holding equal lists are equal (two tables with the same
/// entries are one table). Model properties stay <see cref="IReadOnlyList{T}"/> and take collection
/// expressions; their init accessors call <see cref="Of{T}"/>.
/// </summary>
internal static class ValueList
{
    /// <summary>A content-equal copy of <paramref name="items"/>; null stays null, so a missing list is still reported (PFX0026).</summary>
    public static IReadOnlyList<T> Of<T>(IEnumerable<T>? items) => items switch
    {
        null => null!,
        ValueList<T> list => list,
        _ => new ValueList<T>(items.ToArray()),
    };
}

/// <summary>A model list whatever its element type: lets a walk ask for the count without a variant cast.</summary>
internal interface IValueList
{
    int Count { get; }

    /// <summary>The item at <paramref name="index"/>, as an object.</summary>
    object? ItemAt(int index);
}

/// <summary>An immutable list that compares and hashes by content, element by element.</summary>
internal sealed class ValueList<T>(T[] items) : IReadOnlyList<T>, IEquatable<ValueList<T>>, IValueList
{
    private readonly T[] _items = items;

    // The items are immutable model values, so the hash is computed once: a 10,000-entry table is
    // hashed every time a host's tables are collected or compared.
    private int _hash;
    private bool _hashed;

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    object? IValueList.ItemAt(int index) => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        if (!_hashed)
        {
            _hash = ComputeHash();
            _hashed = true;
        }

        return _hash;
    }

    private int ComputeHash()
    {
        var hash = new HashCode();
        hash.Add(_items.Length);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
