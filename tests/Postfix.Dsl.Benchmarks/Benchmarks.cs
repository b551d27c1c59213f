using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace Postfix.Dsl.Benchmarks;

/// <summary>One host: validate and render (with the read-back self-check) per access-table size.</summary>
[MemoryDiagnoser]
public class HostRenderBenchmarks
{
    private MailHost _host = null!;

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int AccessEntries { get; set; }

    [GlobalSetup]
    public void Setup() => _host = FleetWorkload.Host(0, AccessEntries);

    /// <summary>Validation alone (<see cref="HostValidator.Diagnose"/>).</summary>
    [Benchmark]
    public int Validate() => HostValidator.Diagnose(_host).Count;

    /// <summary>Validation, rendering and the read-back self-check, in memory.</summary>
    [Benchmark]
    public long Render() => PostfixDsl.Render(_host).Files.Sum(f => (long)f.Content.Length);
}

/// <summary>Whole-fleet emit into a folder: a first emit into an empty folder, and a second with nothing changed.</summary>
[MemoryDiagnoser]
public class FleetEmitBenchmarks
{
    private List<MailHost> _hosts = null!;
    private string _unchanged = null!;
    private string _fresh = null!;

    [Params(100, 1_000)]
    public int Hosts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _hosts = FleetWorkload.Hosts(Hosts).ToList();
        _unchanged = Directory.CreateTempSubdirectory("pfx-bench-").FullName;
        _fresh = Directory.CreateTempSubdirectory("pfx-bench-").FullName;
        PostfixDsl.EmitAll(_hosts, _unchanged);
    }

    [IterationSetup(Target = nameof(FirstEmit))]
    public void Empty()
    {
        Directory.Delete(_fresh, recursive: true);
        Directory.CreateDirectory(_fresh);
    }

    [Benchmark]
    public int FirstEmit() => PostfixDsl.EmitAll(_hosts, _fresh).Written.Count;

    [Benchmark]
    public int NoChangeEmit() => PostfixDsl.EmitAll(_hosts, _unchanged).Unchanged.Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        Directory.Delete(_unchanged, recursive: true);
        Directory.Delete(_fresh, recursive: true);
    }
}
