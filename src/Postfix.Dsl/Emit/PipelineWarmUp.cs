using System;
using System.IO;
using System.Text;
using System.Threading;

namespace Postfix.Dsl;

/// <summary>
/// Prepares an emit's code on a second core while the first host is still being built and validated.
/// A short process spends most of its first host on first calls: each check, renderer and reader is
/// loaded and its code made ready once, on the one thread that has the work. Started when an emit
/// begins, this runs the same steps in memory on a small built-in host (<see cref="BuildWarmUp.Host"/>:
/// validated, each file rendered into a buffer and read back from it with the faithful reader), so those
/// first calls are paid beside the caller's own work, and it loads OpenSSL's SHA-256 for the writes.
/// <para>
/// Once per process; nothing depends on it finishing, and it touches no file and no state of the
/// caller's hosts (every cache it fills is keyed by its own objects, or holds code and parsed
/// templates). On a single core it only loads SHA-256, since it would take time from the emit itself.
/// </para>
/// <para>
/// The build's emitter loads only SHA-256 too. There one small host is validated at once, and the
/// steps ran beside the very same first calls on the main thread: the emitter for Neptune took 187 ms
/// with them against 173 ms without (medians of 21, interleaved). A fleet's first host is built by the
/// caller's code and has large tables, which leaves them time: the 100-host benchmark reached its
/// second host 33 ms sooner (167 against 200 ms, medians of 15).
/// </para>
/// </summary>
internal static class PipelineWarmUp
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static int _started;

    /// <summary>Starts the warm-up, once per process.</summary>
    /// <param name="hostSteps">False to load SHA-256 only (the build's emitter).</param>
    public static void Start(bool hostSteps)
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            return;
        }

        // Its own thread, not the pool's: the emit's parallel hosts run on pool threads.
        var thread = new Thread(
            () =>
            {
                try
                {
                    Run(hostSteps);
                }
#pragma warning disable CA1031 // A fault of the warm-up must never stop the caller's emit, which does the same steps and reports.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            },
            maxStackSize: 1024 * 1024) { IsBackground = true, Name = "Postfix.Dsl warm-up" };
        thread.Start();
    }

    /// <summary>
    /// The steps an emit runs for a host, in memory. Returns how many errors the built-in host had
    /// (findings and read-back differences), which is none: its test holds it to that, so that every step runs.
    /// </summary>
    internal static int Run(bool hostSteps = true)
    {
        try
        {
            _ = System.Security.Cryptography.SHA256.HashData(ReadOnlySpan<byte>.Empty);
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or PlatformNotSupportedException)
        {
            // The write path reports it, where it can say which file.
        }

        if (!hostSteps || Environment.ProcessorCount < 2)
        {
            return 0;
        }

        var host = BuildWarmUp.Host();
        var errors = 0;
        foreach (var finding in HostValidator.Diagnose(host))
        {
            errors += finding.Severity == ValidationSeverity.Error ? 1 : 0;
        }

        var report = new ReadBackReport(host.Name);
        foreach (var file in HostRenderer.Files(host, TemplateSet.Default))
        {
            using var buffer = new MemoryStream();
            using (var writer = new StreamWriter(buffer, Utf8NoBom, bufferSize: WriteBatch.BufferSize, leaveOpen: true))
            {
                file.Write(writer);
            }

            buffer.Position = 0;
            using var reader = new StreamReader(buffer, Utf8NoBom, detectEncodingFromByteOrderMarks: false, WriteBatch.BufferSize);
            ReadBackCheck.CheckFile(host, file.Name, reader, report);
        }

        return errors + report.Errors.Count;
    }
}
