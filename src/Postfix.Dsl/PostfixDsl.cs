using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// The entry points: validate a <see cref="MailHost"/>, render its files, and write them.
/// Data flows one way: model → validation → rendering → files; nothing is rendered or written for
/// a host with validation errors.
/// </summary>
public static class PostfixDsl
{
    /// <summary>Validates <paramref name="host"/> and renders its files in memory, with the validation warnings.</summary>
    /// <exception cref="PostfixValidationException">The host has validation errors.</exception>
    public static RenderedHost Render(MailHost host, TemplateSet? templates = null)
    {
        var warnings = HostValidator.ThrowIfInvalid(host);
        return RenderChecked(host, templates) with { Warnings = warnings };
    }

    /// <summary>
    /// Validates and renders <paramref name="host"/>, then writes its files into
    /// <c><paramref name="outputRoot"/>/host-name/</c>, touching only files whose content changed.
    /// Warnings and notes do not stop the writing; they are returned in <see cref="EmitResult.Warnings"/>.
    /// </summary>
    /// <exception cref="PostfixValidationException">The host has validation errors, or a file would not read back as the model; nothing was written.</exception>
    /// <exception cref="PostfixOutputException">The folder holds a link, or the file system refused a write; nothing was changed.</exception>
    public static EmitResult Emit(MailHost host, string outputRoot, TemplateSet? templates = null) =>
        OutputFolder.Guard(outputRoot, () => FleetEmit.Run([host], outputRoot, templates ?? TemplateSet.Default, withManifest: false));

    /// <summary>
    /// Validates, renders and writes several hosts into <c><paramref name="outputRoot"/>/host-name/</c>,
    /// then deletes the files an earlier call wrote there and the hosts no longer have (tracked in
    /// <c><paramref name="outputRoot"/>/.postfix-dsl-manifest</c>; nothing else is ever deleted).
    /// Warnings and notes do not stop the writing; they are returned in <see cref="EmitResult.Warnings"/>.
    /// </summary>
    /// <exception cref="PostfixValidationException">A host has validation errors, a file would not read back as the model, or two hosts share a name; nothing was written.</exception>
    /// <exception cref="PostfixOutputException">The folder holds a link or a tampered manifest, or the file system refused a write; nothing was changed.</exception>
    /// <remarks>
    /// Hosts are taken from <paramref name="hosts"/> one at a time and handled in parallel, so a lazy
    /// sequence of a large fleet is emitted in bounded memory; files are rendered straight to disk,
    /// read back from it, and renamed into place only when every host passed. A file whose content
    /// is unchanged is compared, not written.
    /// </remarks>
    public static EmitResult EmitAll(IEnumerable<MailHost> hosts, string outputRoot, TemplateSet? templates = null)
    {
        System.ArgumentNullException.ThrowIfNull(hosts);

        // A fleet: the emit's first calls are warmed on a second core while the caller's code builds the first host.
        PipelineWarmUp.StartSteps();
        return OutputFolder.Guard(outputRoot, () => FleetEmit.Run(hosts, outputRoot, templates ?? TemplateSet.Default, withManifest: true));
    }

    /// <summary>
    /// Starts preparing <see cref="EmitAll"/> on a second core, in the background, and returns at once:
    /// call it first thing in a fleet program, before the program builds its hosts and shared tables.
    /// A short process spends most of its first host on first calls (each check, renderer and reader
    /// loaded and made ready once, on the one thread that has the work); here they run on a small
    /// built-in host beside the program's own work instead. <see cref="EmitAll"/> starts the same
    /// preparation itself, but then it can only overlap the building of the first host.
    /// It touches no file and none of the caller's objects, and is done once per process: calling it
    /// again, or not at all, changes nothing but the time.
    /// </summary>
    public static void PrepareEmit()
    {
        PipelineWarmUp.StartHash();
        PipelineWarmUp.StartSteps();
    }

    /// <summary>
    /// Compares <paramref name="outputRoot"/> with what <see cref="EmitAll"/> would write, without
    /// writing anything: every missing, different or no-longer-generated file. Empty when up to date.
    /// </summary>
    /// <exception cref="PostfixValidationException">A host has validation errors, or two hosts share a name.</exception>
    public static IReadOnlyList<OutputDifference> Verify(IEnumerable<MailHost> hosts, string outputRoot, TemplateSet? templates = null) =>
        OutputFolder.Compare(RenderAll(hosts, templates), outputRoot);

    private static List<RenderedHost> RenderAll(IEnumerable<MailHost> hosts, TemplateSet? templates)
    {
        var list = hosts.ToList();
        var findings = list.SelectMany(HostValidator.Diagnose).ToList();
        findings.AddRange(DuplicateHostNames.Find(list).Select(i => DuplicateHostNames.Error(list[i])));
        if (findings.Any(f => f.Severity == ValidationSeverity.Error))
        {
            throw new PostfixValidationException(findings);
        }

        return list
            .Select(h => RenderChecked(h, templates) with { Warnings = findings.Where(f => f.Host == h.Name).ToList() })
            .ToList();
    }

    /// <summary>Renders a valid host and reads every file back (PFX0025): what is returned means exactly the model.</summary>
    private static RenderedHost RenderChecked(MailHost host, TemplateSet? templates)
    {
        var rendered = HostRenderer.Render(host, templates ?? TemplateSet.Default);
        ReadBackCheck.ThrowIfDifferent(host, rendered);
        return rendered;
    }
}
