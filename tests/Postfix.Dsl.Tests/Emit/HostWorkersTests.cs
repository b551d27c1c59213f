using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Xunit;

namespace Postfix.Dsl.Tests.Emit;

/// <summary>The emit's parallel hosts: each item once, from the one the sequence is on, and a failure thrown as it was.</summary>
public sealed class HostWorkersTests
{
    private static IEnumerable<int> Numbers(int count, int? throwAt = null)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == throwAt)
            {
                throw new InvalidOperationException("the sequence failed at " + i);
            }

            yield return i;
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(500)]
    public void Handles_every_item_once_from_the_one_the_sequence_is_on(int count)
    {
        using var sequence = Numbers(count + 1).GetEnumerator();
        Assert.True(sequence.MoveNext()); // item 0 was handled on its own, as the emit's first host is
        Assert.True(sequence.MoveNext());
        var handled = new ConcurrentBag<int>();
        HostWorkers.RunFromCurrent(sequence, item =>
        {
            Thread.SpinWait(1000);
            handled.Add(item);
        });

        Assert.Equal(Enumerable.Range(1, count), handled.Order());
    }

    [Fact]
    public void Spreads_the_items_over_every_core()
    {
        using var sequence = Numbers(200).GetEnumerator();
        Assert.True(sequence.MoveNext());
        var threads = new ConcurrentDictionary<int, int>();
        HostWorkers.RunFromCurrent(sequence, _ =>
        {
            threads.AddOrUpdate(Environment.CurrentManagedThreadId, 1, (_, n) => n + 1);
            Thread.Sleep(1);
        });

        Assert.Equal(Math.Min(Environment.ProcessorCount, 200), threads.Count);
    }

    [Fact]
    public void An_exception_of_the_sequence_is_thrown_as_it_was_and_nothing_after_it_is_handled()
    {
        using var sequence = Numbers(100, throwAt: 40).GetEnumerator();
        Assert.True(sequence.MoveNext());
        var handled = new ConcurrentBag<int>();
        var error = Assert.Throws<InvalidOperationException>(() => HostWorkers.RunFromCurrent(sequence, handled.Add));
        Assert.Equal("the sequence failed at 40", error.Message);
        Assert.Equal(Enumerable.Range(0, 40), handled.Order());
    }

    [Fact]
    public void An_exception_of_the_handler_on_a_worker_is_thrown_on_the_calling_thread()
    {
        using var sequence = Numbers(100).GetEnumerator();
        Assert.True(sequence.MoveNext());
        var error = Assert.Throws<ArgumentException>(() => HostWorkers.RunFromCurrent(sequence, item =>
        {
            Thread.Sleep(1);
            if (item >= 10)
            {
                throw new ArgumentException("handler failed");
            }
        }));
        Assert.Equal("handler failed", error.Message);
    }
}
