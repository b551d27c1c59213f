using System;
using System.Collections.Concurrent;
using System.Threading;

namespace Postfix.Dsl.Emitter;

/// <summary>
/// The one thread an emit server runs its emits on, started with the server. A thread of its own for
/// each emit, with the 8 MB stack a one-off emitter's main thread has, cost every warm build 1.5–2 ms
/// before the emit began (timestamps around the hand-over, median of nine builds).
/// <para>
/// One emit at a time: an emit handed over while the one before is still letting its assemblies go
/// (after its answer) waits for that. An emit that never ends keeps the thread, as it kept its own
/// before; the server then tells every later build to emit by itself.
/// </para>
/// </summary>
internal sealed class EmitThread
{
    private readonly BlockingCollection<Action> _emits = new();

    public EmitThread(int stackSize)
    {
        var thread = new Thread(
            () =>
            {
                foreach (var emit in _emits.GetConsumingEnumerable())
                {
                    emit();
                }
            },
            stackSize)
        {
            // The server's process ends when its listening thread returns, whatever an emit still does.
            IsBackground = true,
            Name = "Postfix.Dsl emit",
        };
        thread.Start();
    }

    /// <summary>Runs <paramref name="emit"/> on the emit thread, after any emit handed over before it.</summary>
    public void Run(Action emit) => _emits.Add(emit);
}
