using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl.Generators.Common;

/// <summary>
/// An immutable array compared by its elements, so that pipeline models built from it are
/// equal when their content is, and incremental generator steps stay cached.
/// </summary>
/// <remarks>
/// A class, as are all pipeline models: the compiler's incremental pipeline is generic over them, and
/// its precompiled code serves reference types only. A struct model made a compiler without the
/// compiler server compile about a thousand pipeline methods at every build.
/// </remarks>
internal sealed class EquatableArray<T> : IEquatable<EquatableArray<T>>, IEnumerable<T>
    where T : IEquatable<T>
{
    private readonly T[] _items;

    public EquatableArray(IEnumerable<T> items) => _items = items.ToArray();

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(EquatableArray<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.SequenceEqual(other._items));

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var item in _items)
        {
            hash = (hash * 31) + item.GetHashCode();
        }

        return hash;
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
