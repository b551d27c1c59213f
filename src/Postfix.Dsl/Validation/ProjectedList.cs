using System;
using System.Collections;
using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>A read-only view of a list through a selector, without copying it (a table's keys, say).</summary>
internal sealed class ProjectedList<TSource, TResult>(IReadOnlyList<TSource> source, Func<TSource, TResult> select) : IReadOnlyList<TResult>
{
    public int Count => source.Count;

    public TResult this[int index] => select(source[index]);

    public IEnumerator<TResult> GetEnumerator()
    {
        foreach (var item in source)
        {
            yield return select(item);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
