using System;
using System.Threading;

namespace Postfix.Dsl;

/// <summary>
/// Collects the youngest generation between hosts every few megabytes a fleet emit allocates, so
/// each host's short-lived objects land in memory the process has already touched.
/// </summary>
/// <remarks>
/// The runtime sizes generation 0 from the CPU's cache: tens of megabytes are handed out before its
/// first collection, every page of them new to the process. A new page costs a page fault and the
/// kernel zeroing it, and the runtime clears it once more. On a virtual machine the faults alone were
/// the largest single cost of a 100-host emit (15,000 of them; hello world has 1,500). A host's
/// garbage dies with the host, so a collection between hosts finds little alive (about a millisecond
/// each, 15 in that emit instead of 2) and the next hosts reuse the same warm pages: about 7,000
/// faults, 92 → 59 MB peak, a fifth less time. When collections stop being cheap (hosts whose own
/// large tables are alive in flight, and are copied by each collection) the cadence backs off,
/// doubling its interval up to where the runtime's own schedule takes over, and comes back when they
/// are cheap again.
/// </remarks>
internal sealed class GarbageCadence(long startInterval = GarbageCadence.StartInterval)
{
    /// <summary>The starting interval: about five hosts of the benchmark's fleet.</summary>
    internal const long StartInterval = 2L * 1024 * 1024;

    /// <summary>Beyond this the runtime's own generation 0 budget comes first anyway.</summary>
    internal const long MaxInterval = 64L * 1024 * 1024;

    private readonly long _start = startInterval;
    private long _interval = startInterval;
    private long _mark = GC.GetTotalAllocatedBytes();
    private int _collecting;

    /// <summary>How many collections this cadence made (for tests).</summary>
    public int Collections { get; private set; }

    /// <summary>The current interval in bytes (for tests).</summary>
    public long Interval => Interlocked.Read(ref _interval);

    /// <summary>Above this heap, a full collection before a fleet would cost more than it saves (<see cref="BeforeFleet"/>).</summary>
    internal const long FullCollectionLimit = 64L * 1024 * 1024;

    /// <summary>
    /// Called once before a fleet's first host, when hosts follow it: one full, blocking collection,
    /// in a process that has never collected its oldest generation and holds little (a program that
    /// builds a fleet and emits it). What is alive then is what the caller built, the fleet's shared
    /// tables first, which stay alive for the whole emit: collected now, they are promoted to the oldest
    /// generation while nothing else is alive. Otherwise the first collections between hosts copied them
    /// from generation to generation together with the first host's work, and the runtime escalated two of
    /// them to older generations: for the benchmark's fleet (Native AOT, 100 hosts) the emit took
    /// 10–20 ms longer without this collection, out of 160–190 ms.
    /// The collection does not ask for compaction: nearly everything is alive, and compacting it copied
    /// megabytes into pages the process had never touched, each a page fault (about 13 µs apiece on the
    /// benchmark's virtual machine, 440 of them). Promoted where they lie, the fleet emitted 4–7 ms
    /// faster (two rounds of 11 and 15 interleaved runs).
    /// </summary>
    public void BeforeFleet()
    {
        if (!CollectsBeforeFleet(GC.CollectionCount(2), GC.GetTotalMemory(forceFullCollection: false)))
        {
            return;
        }

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        Interlocked.Exchange(ref _mark, GC.GetTotalAllocatedBytes());
    }

    /// <summary>
    /// Whether <see cref="BeforeFleet"/> collects: only in a process whose oldest generation was never
    /// collected (a long-running one, such as an application that emits among other work, is left to the
    /// runtime) and whose heap is under <see cref="FullCollectionLimit"/>.
    /// </summary>
    internal static bool CollectsBeforeFleet(int oldestCollections, long heapBytes) =>
        oldestCollections == 0 && heapBytes < FullCollectionLimit;

    /// <summary>
    /// Called before a host is handled: collects generation 0 when the process has allocated the
    /// interval since the last collection this cadence made. One thread collects; the others go on.
    /// </summary>
    public void BetweenHosts()
    {
        var allocated = GC.GetTotalAllocatedBytes();
        if (allocated - Interlocked.Read(ref _mark) < Interlocked.Read(ref _interval)
            || Interlocked.Exchange(ref _collecting, 1) == 1)
        {
            return;
        }

        try
        {
            var since = allocated - Interlocked.Read(ref _mark);
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            Collections++;
            Interlocked.Exchange(ref _mark, GC.GetTotalAllocatedBytes());

            // The last collection is this one unless another thread's allocation started one since.
            var last = GC.GetGCMemoryInfo(GCKind.Any);
            if (last.Index == GC.CollectionCount(0))
            {
                Interlocked.Exchange(ref _interval, NextInterval(_interval, since, last.PromotedBytes, last.Generation, _start));
            }
        }
        finally
        {
            Volatile.Write(ref _collecting, 0);
        }
    }

    /// <summary>
    /// The interval after a collection that followed <paramref name="allocatedSince"/> bytes of
    /// allocation, kept <paramref name="promoted"/> bytes alive and collected up to
    /// <paramref name="generation"/>. A collection costs what it keeps alive (copied into the next
    /// generation) and saves what the allocations since the last one would have touched afresh:
    /// past a quarter, or when the runtime had to collect an older generation too, it is no longer
    /// cheap and the interval doubles; under a thirty-second it halves again, never below where it started.
    /// </summary>
    internal static long NextInterval(long current, long allocatedSince, long promoted, int generation, long start)
    {
        if (generation >= 2 || promoted * 4 > allocatedSince)
        {
            return Math.Max(current, Math.Min(current * 2, MaxInterval));
        }

        return promoted * 32 < allocatedSince ? Math.Max(current / 2, start) : current;
    }
}
