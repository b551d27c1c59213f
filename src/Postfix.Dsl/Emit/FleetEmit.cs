using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;

namespace Postfix.Dsl;

/// <summary>
/// The streaming emit behind <see cref="PostfixDsl.EmitAll"/> and <see cref="PostfixDsl.Emit"/>.
/// Hosts are taken one at a time from the caller's sequence and handled in parallel, at most one
/// per core: each is validated, each of its files is rendered straight into a <see cref="StagedFile"/>
/// (compared with the file there, written to a temporary only if it differs), and read back from
/// disk with the faithful reader. Memory holds the hosts in flight, never the fleet or a whole file.
/// Only when every host passed are the temporaries renamed into place (all or nothing); the
/// findings and the result are in the caller's host order whatever the threads did.
/// </summary>
internal static partial class FleetEmit
{
    public static EmitResult Run(IEnumerable<MailHost> hosts, string outputRoot, TemplateSet templates, bool withManifest)
    {
        PipelineWarmUp.StartHash();
        var root = Path.GetFullPath(outputRoot);
        var batch = new WriteBatch();
        var outcomes = new ConcurrentBag<HostOutcome>();
        var failed = 0;
        var cadence = new GarbageCadence();
        try
        {
            SafePaths.RequireFolderOrNothing(root);
            void HandleOne(NumberedHost item)
            {
                cadence.BetweenHosts();
                var outcome = Handle(item, root, templates, batch, skipRendering: Volatile.Read(ref failed) != 0);
                if (outcome.Failure is not null || outcome.Findings.Any(f => f.Severity == ValidationSeverity.Error))
                {
                    // Nothing will be written: the other hosts are still validated, so every error is
                    // reported at once, but no longer rendered.
                    Interlocked.Exchange(ref failed, 1);
                }

                outcomes.Add(outcome);
            }

            using var sequence = hosts.Select((host, index) => new NumberedHost(host, index)).GetEnumerator();

            // The first host alone, on this thread. It pays the process's cold start (the first validation,
            // render and read-back, each compiled or loaded once) and checks and renders the tables it shares
            // with the fleet; a second thread started beside it only waited for the same loads and did the
            // same shared work again. The others then find it done.
            var more = false;
            if (sequence.MoveNext())
            {
                var first = sequence.Current;

                // Whether hosts follow: only then does the first keep the verified bytes of its shared tables, so
                // that the hosts started next together on every core reuse them rather than each render them again
                // (a single host, say with a million-entry table, would only read it back a second time).
                more = sequence.MoveNext();
                if (more)
                {
                    cadence.BeforeFleet();
                }

                HandleOne(first with { KeepsSharedTables = more });
            }

            if (more)
            {
                HostWorkers.RunFromCurrent(sequence, HandleOne);
            }

            var ordered = outcomes.OrderBy(o => o.Index).ToList();
            var findings = ordered.SelectMany(o => o.Findings).ToList();
            findings.AddRange(DuplicateHostNames.Find(ordered.Select(o => o.Name).ToList()).Select(i => DuplicateHostNames.Error(ordered[i].Name)));
            if (findings.Any(f => f.Severity == ValidationSeverity.Error))
            {
                throw new PostfixValidationException(findings);
            }

            if (ordered.FirstOrDefault(o => o.Failure is not null)?.Failure is { } failure)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }

            var files = ordered.SelectMany(o => o.Files).ToList();
            var entries = ordered.SelectMany(o => o.Entries);
            var deleted = withManifest ? OutputFolder.StageStaleAndManifest(batch, root, entries, hostCount: ordered.Count) : [];
            batch.Commit();
            foreach (var outcome in ordered)
            {
                if (outcome.Verified is { } verifiedFiles && outcome.Host.TryGetTarget(out var host))
                {
                    VerifiedOutput.Remember(host, templates, root, verifiedFiles, outcome.Findings);
                }
            }

            return new EmitResult(files.Where(f => f.Changed).Select(f => f.Path).ToList(), files.Where(f => !f.Changed).Select(f => f.Path).ToList())
            {
                Deleted = deleted,
                Warnings = findings,
            };
        }
        catch
        {
            batch.Abort();
            throw;
        }
    }

    private static HostOutcome Handle(NumberedHost item, string root, TemplateSet templates, WriteBatch batch, bool skipRendering)
    {
        var host = item.Host;
        var index = item.Index;
        ArgumentNullException.ThrowIfNull(host);
        var outcome = new HostOutcome(host, index);
        try
        {
            if (!skipRendering && VerifiedOutput.Knows(host, templates, root))
            {
                SafePaths.RequireFolderOrNothing(Path.Combine(root, host.Name));
                if (VerifiedOutput.Unchanged(host, templates, root) is { } unchanged)
                {
                    // This very host object was validated, rendered and read back by this process, and its files
                    // still hold those bytes: its findings are the ones it had (the model is immutable).
                    outcome.Findings.AddRange(unchanged.Findings);
                    foreach (var path in unchanged.Paths)
                    {
                        outcome.Entries.Add(OutputManifest.Entry(host.Name, Path.GetFileName(path)));
                        outcome.Files.Add(new OutputFile(path, Changed: false));
                    }

                    return outcome;
                }
            }

            // The first host of a fleet renders and reads back its tables (the fleet's shared policy, most of
            // its bytes) on a second core while this thread validates it: they are otherwise the emit's
            // longest stretch on one core. Ahead of validation, so only what it proves is kept (below).
            using var ahead = item.KeepsSharedTables && !skipRendering ? TablesAhead.Start(host, root, templates, batch) : null;
            outcome.Findings.AddRange(HostValidator.Diagnose(host));
            if (skipRendering || outcome.Findings.Any(f => f.Severity == ValidationSeverity.Error))
            {
                return outcome;
            }

            SafePaths.RequireFolderOrNothing(Path.Combine(root, host.Name));

            var files = ahead?.Files ?? HostRenderer.Files(host, templates);
            var errors = new List<Finding>();
            var verified = new List<VerifiedOutput.File>();
            for (var i = 0; i < files.Count; i++)
            {
                var done = ahead?.Handled(i) ?? HandleFile(host, files[i], item.KeepsSharedTables, root, batch);
                outcome.Entries.Add(done.Entry);
                outcome.Files.Add(done.File);
                verified.Add(done.Verified);
                errors.AddRange(done.Errors);
            }

            outcome.Findings.AddRange(errors);
            if (errors.Count == 0)
            {
                outcome.Verified = verified;
            }
        }
        catch (Exception exception)
        {
            // Kept, not thrown on the worker: every host's outcome is in, the temporaries are removed,
            // and then the first failure in host order is thrown as it was (never an AggregateException).
            outcome.Failure = exception;
        }

        return outcome;
    }

    /// <summary>
    /// One file of a validated host: rendered into its staged file (or, for a shared table whose bytes are
    /// verified, the host's header line and them), and read back from disk.
    /// </summary>
    private static FileOutcome HandleFile(MailHost host, FileRender file, bool keepsSharedTables, string root, WriteBatch batch)
    {
        var entry = OutputManifest.Entry(host.Name, file.Name);
        var path = OutputFolder.FullPath(root, entry);
        var report = new ReadBackReport(host.Name);
        var body = ReadOnlyMemory<byte>.Empty;
        var use = file.Shared is { } shared ? SharedTableBodies.Lookup(shared, keepAtFirst: keepsSharedTables, out body) : SharedTableBodies.Use.Render;

        // A reused table's content is known (its header and verified bytes): no hash is needed to recognise it later.
        var staged = batch.Stage(path, file.Secret, hash: use != SharedTableBodies.Use.Reuse);
        if (use == SharedTableBodies.Use.Reuse)
        {
            // A table another host shares, already rendered and read back: this host's header line and
            // the verified bytes, and the self-check proves the file on disk holds exactly them.
            Write(staged, output => SharedTableBodies.Write(file.Shared!, body, output));
            if (!SharedTableBodies.Holds(file.Shared!, body, staged.ContentPath))
            {
                CheckOnDisk(host, file, staged, report);
            }
        }
        else
        {
            Write(staged, output =>
            {
                using var writer = WriteBatch.Writer(output);
                file.Write(writer);
            });
            CheckOnDisk(host, file, staged, report);
            if (use == SharedTableBodies.Use.RenderAndRemember && report.Errors.Count == 0)
            {
                SharedTableBodies.Remember(file.Shared!, staged.ContentPath, staged.Hash);
            }
        }

        return new FileOutcome(
            entry,
            new OutputFile(path, staged.Changed),
            use == SharedTableBodies.Use.Reuse
                ? new VerifiedOutput.File(path, staged.Length, []) { Shared = file.Shared, Body = body }
                : new VerifiedOutput.File(path, staged.Length, staged.Hash),
            report.Errors);
    }

    /// <summary>The self-check: the bytes on disk read back with the faithful reader, as Postfix will read them.</summary>
    private static void CheckOnDisk(MailHost host, FileRender file, StagedFile staged, ReadBackReport report)
    {
        using var reader = WriteBatch.Reader(staged);
        ReadBackCheck.CheckFile(host, file.Name, reader, report);
    }

    private static void Write(StagedFile staged, Action<StagedFile> write)
    {
        try
        {
            write(staged);
            staged.Complete();
        }
        catch (Exception exception) when (FileSystemCause(exception) is { } cause)
        {
            // A write can fail inside the template (Scriban wraps it): the file system's own error is what the user needs.
            throw new PostfixOutputException(BuildRules.WriteFailed, staged.Path, "could not be written: " + cause.Message,
                "a writable folder with free space; every file was left as it was", cause);
        }
    }

    private static Exception? FileSystemCause(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is IOException or UnauthorizedAccessException)
            {
                return exception;
            }
        }

        return null;
    }

    // Classes, not value tuples: generic code over value tuples has no precompiled form, and every
    // instantiation is compiled at run time (a short emit's start).

    /// <summary>A host of the caller's sequence and its place in it.</summary>
    private sealed record NumberedHost(MailHost Host, int Index)
    {
        /// <summary>True for the first host when others follow: it keeps its shared tables' verified bytes at once.</summary>
        public bool KeepsSharedTables { get; init; }
    }

    /// <summary>A file of a host and whether this emit changes it.</summary>
    private sealed record OutputFile(string Path, bool Changed);

    /// <summary>What one file of a host came to: its manifest entry, whether it changes, what a second emit can trust, and its read-back differences.</summary>
    private sealed record FileOutcome(string Entry, OutputFile File, VerifiedOutput.File Verified, IReadOnlyList<Finding> Errors);

    /// <summary>What one host came to: its findings, the files it staged, or the output failure that stopped it (not the host: the fleet is never held).</summary>
    private sealed class HostOutcome(MailHost host, int index)
    {
        public string Name { get; } = host.Name;

        /// <summary>Weakly: a lazy fleet's hosts are collected once handled, so the fleet is never held.</summary>
        public WeakReference<MailHost> Host { get; } = new(host);

        public int Index { get; } = index;

        public List<Finding> Findings { get; } = [];

        public List<string> Entries { get; } = [];

        public List<OutputFile> Files { get; } = [];

        public Exception? Failure { get; set; }

        /// <summary>The files read back without a difference, remembered once the emit is committed.</summary>
        public List<VerifiedOutput.File>? Verified { get; set; }
    }
}
