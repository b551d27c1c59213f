using System;
using System.Runtime.CompilerServices;
using Xunit;

namespace Postfix.Dsl.Tests.Emit;

/// <summary>
/// The emit's collections between hosts: one once the interval is allocated and none before, and an
/// interval that follows what collections cost. The collection itself reads the process's allocation
/// counter, so that test runs alone, after the parallel tests.
/// </summary>
[Collection(GarbageCadenceCollection.Name)]
public sealed class GarbageCadenceTests
{
    private const long Megabyte = 1024 * 1024;
    private const long Start = GarbageCadence.StartInterval;

    /// <summary>Garbage in small arrays (large ones go to the large object heap, which generation 0 does not hold).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AllocateGarbage(long bytes)
    {
        for (long allocated = 0; allocated < bytes; allocated += 1024)
        {
            GC.KeepAlive(new byte[1024]);
        }
    }

    [Fact]
    public void Collects_generation_0_once_the_interval_is_allocated_and_not_before()
    {
        var cadence = new GarbageCadence(startInterval: 4 * Megabyte);
        AllocateGarbage(Megabyte);
        cadence.BetweenHosts();
        Assert.Equal(0, cadence.Collections);

        AllocateGarbage(5 * Megabyte);
        var before = GC.CollectionCount(0);
        cadence.BetweenHosts();
        Assert.Equal(1, cadence.Collections);
        Assert.True(GC.CollectionCount(0) > before, "generation 0 was collected");

        // The count starts again from the collection.
        cadence.BetweenHosts();
        Assert.Equal(1, cadence.Collections);
    }

    [Theory]
    // A program that built its fleet and emits it: one full collection first.
    [InlineData(0, 3 * Megabyte, true)]
    [InlineData(0, GarbageCadence.FullCollectionLimit - 1, true)]
    // A process that has collected its oldest generation already, or holds a large heap, is left to the runtime.
    [InlineData(1, 3 * Megabyte, false)]
    [InlineData(0, GarbageCadence.FullCollectionLimit, false)]
    [InlineData(5, 500 * Megabyte, false)]
    public void A_full_collection_comes_before_a_fleet_only_in_a_young_small_process(int oldestCollections, long heapBytes, bool expected) =>
        Assert.Equal(expected, GarbageCadence.CollectsBeforeFleet(oldestCollections, heapBytes));

    [Theory]
    // Little kept alive: the interval stays.
    [InlineData(Start, 2 * Megabyte, 100 * 1024, 0, Start)]
    [InlineData(4 * Start, 8 * Megabyte, Megabyte, 1, 4 * Start)]
    // More than a quarter kept alive, or an older generation collected too: it doubles.
    [InlineData(Start, 2 * Megabyte, Megabyte, 0, 2 * Start)]
    [InlineData(Start, 2 * Megabyte, 0, 2, 2 * Start)]
    // Up to the largest interval, not past it.
    [InlineData(GarbageCadence.MaxInterval / 2, 40 * Megabyte, 20 * Megabyte, 0, GarbageCadence.MaxInterval)]
    [InlineData(GarbageCadence.MaxInterval, 70 * Megabyte, 50 * Megabyte, 1, GarbageCadence.MaxInterval)]
    // Almost nothing kept alive: it halves, down to where it started and no further.
    [InlineData(8 * Start, 16 * Megabyte, 100 * 1024, 0, 4 * Start)]
    [InlineData(Start, 2 * Megabyte, 0, 0, Start)]
    public void The_interval_follows_what_a_collection_kept_alive(long current, long allocatedSince, long promoted, int generation, long expected)
    {
        Assert.Equal(expected, GarbageCadence.NextInterval(current, allocatedSince, promoted, generation, Start));
    }
}

/// <summary>Tests that read the process's allocation counter: alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GarbageCadenceCollection
{
    public const string Name = "Garbage cadence (process-wide allocation counter)";
}
