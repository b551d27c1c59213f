using System;
using System.IO;
using System.Threading;

namespace Postfix.Dsl;

/// <summary>
/// Prepares an emit's code on a second core. A short process spends most of its first host on first
/// calls: each check, renderer and reader is loaded and its code made ready once, on the one thread
/// that has the work. Two warm-ups, each once per process, on a thread of their own:
/// <list type="bullet">
/// <item><see cref="StartHash"/>, when <see cref="PostfixDsl.Emit"/> or <see cref="PostfixDsl.EmitAll"/>
/// begins: SHA-256's first use, which loads OpenSSL, is paid while the hosts are validated instead of
/// when the first file is written. (The build writes no hash, so it loads no OpenSSL at all.)</item>
/// <item><see cref="StartSteps"/>, when <see cref="PostfixDsl.EmitAll"/> begins, before the caller's code
/// builds the first host, or earlier, when a fleet program calls <see cref="PostfixDsl.PrepareEmit"/>
/// before it builds its fleet: the emit's steps run in memory on a small built-in host
/// (<see cref="BuildWarmUp.Host"/>: validated, each file rendered into a buffer and read back from it
/// with the faithful reader).</item>
/// </list>
/// <para>
/// Nothing depends on them finishing, and they touch no file and no state of the caller's hosts
/// (every cache they fill is keyed by their own objects, holds code and parsed templates, or is a
/// pure function of immutable model objects, as the parallel emit of several hosts already needs).
/// </para>
/// <para>
/// What the steps gain is the time the caller's code spends building hosts, which they overlap: the
/// 100-host benchmark reached its second host 33 ms sooner (167 against 200 ms, medians of 15,
/// interleaved), when its shared tables were still built before it called <see cref="PostfixDsl.EmitAll"/>. Started only once the first host was built,
/// they gained nothing (146 against 145 ms). Started by <see cref="PostfixDsl.PrepareEmit"/> before the
/// benchmark builds its shared tables, they overlap those too: the whole process took 396 against
/// 413 ms (medians of 15, interleaved), and the second host was reached at 115–130 instead of
/// 136–146 ms. Where one small host is emitted at once, as by
/// <see cref="PostfixDsl.Emit"/> and the build's emitter, they only ran beside the very same first calls
/// on the main thread and made the emitter for Neptune slower (187 ms against 173 ms, medians of 21),
/// so they do not run there.
/// </para>
/// </summary>
internal static class PipelineWarmUp
{
    private static int _hashStarted;
    private static int _stepsStarted;

    /// <summary>Loads SHA-256 on a second thread, once per process.</summary>
    public static void StartHash()
    {
        if (Interlocked.Exchange(ref _hashStarted, 1) == 0)
        {
            StartThread(static () => LoadHash());
        }
    }

    /// <summary>Runs the emit's steps on the built-in host on a second thread, once per process, where there is a second core.</summary>
    public static void StartSteps()
    {
        if (Environment.ProcessorCount >= 2 && Interlocked.Exchange(ref _stepsStarted, 1) == 0)
        {
            StartThread(static () => RunSteps());
        }
    }

    private static void StartThread(Action work)
    {
        // Its own thread, not the pool's: the emit's parallel hosts run on pool threads.
        var thread = new Thread(
            () =>
            {
                try
                {
                    work();
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

    private static void LoadHash()
    {
        try
        {
            _ = System.Security.Cryptography.SHA256.HashData(ReadOnlySpan<byte>.Empty);
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or PlatformNotSupportedException)
        {
            // The write path reports it, where it can say which file.
        }
    }

    /// <summary>
    /// The steps an emit runs for a host, in memory. Returns how many errors the built-in host had
    /// (findings and read-back differences), which is none: its test holds it to that, so that every step runs.
    /// </summary>
    internal static int RunSteps()
    {
        var host = BuildWarmUp.Host();
        var errors = 0;
        foreach (var finding in HostValidator.Diagnose(host))
        {
            errors += finding.Severity == ValidationSeverity.Error ? 1 : 0;
        }

        var report = new ReadBackReport(host.Name);
        foreach (var file in HostRenderer.Files(host, TemplateSet.Default))
        {
            var buffer = new MemoryStream();
            using (var writer = WriteBatch.Writer(buffer))
            {
                file.Write(writer);
            }

            buffer.Position = 0;
            using var reader = WriteBatch.Reader(buffer);
            ReadBackCheck.CheckFile(host, file.Name, reader, report);
        }

        return errors + report.Errors.Count;
    }
}
