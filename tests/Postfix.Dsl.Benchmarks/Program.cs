using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using Postfix.Dsl;
using Postfix.Dsl.Benchmarks;

// Whole-process modes for compare.sh, and the BenchmarkDotNet suites for everything else:
//   emit --hosts N --out DIR [--access-entries N]   EmitAll of the fleet into DIR (what a fleet build does)
//   data --hosts N --out FILE                        the same fleet as JSON for the Jinja2 comparison
//   (anything else)                                  BenchmarkSwitcher: --filter '*Render*', --list flat, ...
if (args.Length > 0 && args[0] is "emit" or "data")
{
    var hosts = Option("--hosts", 100);
    var entries = Option("--access-entries", FleetWorkload.DefaultAccessEntries);
    var output = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault()
        ?? throw new ArgumentException("--out is required");
    var clock = Stopwatch.StartNew();
    if (args[0] == "emit")
    {
        var result = PostfixDsl.EmitAll(FleetWorkload.Hosts(hosts, entries), output);
        Console.Error.WriteLine(
            $"emit: {hosts} hosts, {result.Written.Count} written, {result.Unchanged.Count} unchanged, {clock.ElapsedMilliseconds} ms in process, " +
            $"GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, " +
            $"JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
    }
    else
    {
        JinjaData.Write(FleetWorkload.Hosts(hosts, entries), output);
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(FleetWorkload).Assembly).Run(args);
return 0;

int Option(string name, int fallback)
{
    var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    return value is null ? fallback : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
