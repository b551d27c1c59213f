using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Postfix.Dsl;

/// <summary>
/// Handles the rest of a sequence in parallel: on the calling thread and on one thread of its own per
/// further core, each taking the next item when it is free. The caller's sequence is enumerated
/// under a lock, one item at a time, so a lazy fleet is built as it is handled and never held whole.
/// </summary>
/// <remarks>
/// Threads of its own rather than <c>Parallel.ForEach</c>: in a short process that was the thread
/// pool's first use, and its start (pool and loop machinery loaded, a worker injected) kept the
/// second core out of a 100-host emit for 22 ms after the first host, and the calling thread for 11.
/// </remarks>
internal static class HostWorkers
{
    /// <summary>
    /// Calls <paramref name="handle"/> for the item <paramref name="sequence"/> is on and for every
    /// item after it. An exception of the sequence (or of <paramref name="handle"/>, which the emit's
    /// never throws: a host's failures are kept in its outcome) stops every thread from taking another
    /// item, and the first is thrown here as it was, never as an <see cref="AggregateException"/>.
    /// </summary>
    public static void RunFromCurrent<T>(IEnumerator<T> sequence, Action<T> handle)
    {
        var gate = new object();
        var current = true; // the item the sequence is on has not been taken yet
        var done = false;
        ExceptionDispatchInfo? failure = null;

        bool TryTake(out T item)
        {
            lock (gate)
            {
                item = default!;
                if (done)
                {
                    return false;
                }

                try
                {
                    if (current || sequence.MoveNext())
                    {
                        current = false;
                        item = sequence.Current;
                        return true;
                    }
                }
#pragma warning disable CA1031 // The caller's sequence may throw anything: it is rethrown on the calling thread, as it was.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    failure ??= ExceptionDispatchInfo.Capture(exception);
                }

                done = true;
                return false;
            }
        }

        void Work()
        {
            try
            {
                while (TryTake(out var item))
                {
                    handle(item);
                }
            }
#pragma warning disable CA1031 // Never lost on a thread of ours, where it would end the process: thrown on the calling thread.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                lock (gate)
                {
                    failure ??= ExceptionDispatchInfo.Capture(exception);
                    done = true;
                }
            }
        }

        var threads = new Thread[Math.Max(0, Environment.ProcessorCount - 1)];
        for (var i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(Work) { IsBackground = true, Name = "Postfix.Dsl emit" };
            threads[i].Start();
        }

        Work();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        failure?.Throw();
    }
}
