using System.Collections.Concurrent;
using System.Threading.Tasks;
using Postfix.Dsl.Emitter;

namespace Postfix.Dsl.Tasks;

/// <summary>
/// The emits handed to a server by <see cref="StartEmitThroughServer"/> and not yet collected by
/// <see cref="FinishEmitThroughServer"/>, by the project's assembly path: both tasks run in the same
/// MSBuild process (a project's targets run on one node), which loads this assembly once.
/// </summary>
internal static class PendingEmits
{
    private static readonly ConcurrentDictionary<string, Task<EmitResponse?>> Exchanges = new();

    public static void Add(string assemblyPath, Task<EmitResponse?> exchange) => Exchanges[assemblyPath] = exchange;

    /// <summary>The exchange started for <paramref name="assemblyPath"/>, removed; null when none was.</summary>
    public static Task<EmitResponse?>? Take(string assemblyPath) => Exchanges.TryRemove(assemblyPath, out var exchange) ? exchange : null;
}
