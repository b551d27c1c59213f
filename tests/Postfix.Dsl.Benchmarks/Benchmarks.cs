using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace Postfix.Dsl.Benchmarks;

/// <summary>
/// One host per access-table size: validation of a host object never validated before, and the
/// render of a validated host (every file rendered, read back from disk by the self-check, written
/// into an empty folder). Divide the access file's size (printed at setup) by the render time for MB/s.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class HostBenchmarks
{
    private MailHost _host = null!;
    private string _folder = null!;

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int AccessEntries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("pfx-bench-").FullName;
        _host = FleetWorkload.Host(0, AccessEntries);
        PostfixDsl.EmitAll([_host], _folder);
        System.Console.WriteLine($"// access file: {new FileInfo(Path.Combine(_folder, _host.Name, "access")).Length} bytes");
    }

    [IterationSetup(Target = nameof(Validate))]
    public void FreshHost() => _host = FleetWorkload.Host(0, AccessEntries);

    [IterationSetup(Target = nameof(Render))]
    public void EmptyFolder()
    {
        Directory.Delete(_folder, recursive: true);
        Directory.CreateDirectory(_folder);

        // A host object (and table) of its own, validated here: the emit remembers a table it already
        // rendered and verified (a fleet's shared policy), and this measures a table rendered whole.
        _host = FleetWorkload.Host(0, AccessEntries);
        HostValidator.Diagnose(_host);
    }

    /// <summary>Every rule over a host object seen for the first time.</summary>
    [Benchmark]
    public int Validate() => HostValidator.Diagnose(_host).Count;

    /// <summary>Render, self-check and write of a validated host, never rendered before, into an empty folder.</summary>
    [Benchmark]
    public int Render() => PostfixDsl.EmitAll([_host], _folder).Written.Count;

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);
}

/// <summary>The whole fleet: a first emit into an empty folder, and a second emit of the same host objects with nothing changed.</summary>
[MemoryDiagnoser]
[InvocationCount(1)]
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

    [Benchmark(Baseline = true)]
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
