using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using Postfix.Dsl;
using Postfix.Dsl.Benchmarks;

// Whole-process modes for compare.sh, and the BenchmarkDotNet suites for everything else:
//   emit --hosts N --out DIR [--access-entries N] [--distinct-tables] [--no-prepare]
//                                                                        EmitAll of the fleet into DIR (--no-prepare: without PrepareEmit first)
//   data --hosts N --out FILE [--distinct-tables]                        the same fleet as JSON for the Jinja2 comparison
//   (--distinct-tables: an access table per host instead of the fleet's shared one;
//    POSTFIX_DSL_BENCH_TIMELINE=1 prints when hosts 0, 1, 2, 4, 10, 50 and the last are taken)
//   first-calls [--access-entries N]                                     what a first and a second host cost (warm-up; 10 entries by default)
//   (anything else)                                  BenchmarkSwitcher: --filter '*HostBenchmarks*', --list flat, ...
if (args.Length > 0 && args[0] is "emit" or "data")
{
    if (args[0] == "emit" && !args.Contains("--no-prepare"))
    {
        // First thing, as the README recommends for a fleet program: the emit's first calls are made
        // ready on a second core while the fleet's shared tables are built below.
        PostfixDsl.PrepareEmit();
    }

    var hosts = Option("--hosts", 100);
    var entries = Option("--access-entries", FleetWorkload.DefaultAccessEntries);
    var distinct = args.Contains("--distinct-tables");
    var output = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault()
        ?? throw new ArgumentException("--out is required");
    var clock = Stopwatch.StartNew();
    if (args[0] == "emit")
    {
        var timeline = new System.Collections.Generic.List<string>();
        var fleet = FleetWorkload.Hosts(hosts, entries, distinct).Select((host, i) =>
        {
            // When the emit asks for a host: how fast the fleet moves once warmed up.
            if (i is 0 or 1 or 2 or 3 or 4 or 5 or 6 or 10 or 50 || i == hosts - 1)
            {
                timeline.Add($"host {i} taken at {clock.ElapsedMilliseconds} ms");
            }

            return host;
        });
        var result = PostfixDsl.EmitAll(fleet, output);
        if (Environment.GetEnvironmentVariable("POSTFIX_DSL_BENCH_TIMELINE") is "1")
        {
            Console.Error.WriteLine(string.Join("; ", timeline));
        }

        Console.Error.WriteLine(
            $"emit: {hosts} hosts, {result.Written.Count} written, {result.Unchanged.Count} unchanged, {clock.ElapsedMilliseconds} ms in process, " +
            $"GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB, " +
            $"JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
    }
    else
    {
        JinjaData.Write(FleetWorkload.Hosts(hosts, entries, distinct), output, distinct);
    }

    return 0;
}

if (args.Length > 0 && args[0] == "first-calls")
{
    // Where a short process's time goes: each step for a first host, then again for a second one.
    var clock = Stopwatch.StartNew();
    foreach (var round in new[] { "first", "second" })
    {
        clock.Restart();
        var host = FleetWorkload.Host(round == "first" ? 0 : 1, Option("--access-entries", 10));
        var built = clock.Elapsed.TotalMilliseconds;
        HostValidator.Diagnose(host);
        var validated = clock.Elapsed.TotalMilliseconds;
        var folder = Directory.CreateTempSubdirectory("pfx-first-").FullName;
        PostfixDsl.EmitAll([host], folder);
        var emitted = clock.Elapsed.TotalMilliseconds;
        Directory.Delete(folder, recursive: true);
        Console.WriteLine($"{round} host: build {built:F1} ms, validate {validated - built:F1} ms, emit {emitted - validated:F1} ms");
    }

    Console.WriteLine($"process: {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:F0} ms since start; JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(FleetWorkload).Assembly).Run(args);
return 0;

int Option(string name, int fallback)
{
    var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    return value is null ? fallback : int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
