using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// What <c>dotnet build</c> runs: the generated registry of a project calls this from the emitter
/// process with the project's hosts. Writes every host (or, in verify mode, compares), and prints
/// errors in MSBuild's canonical form <c>file(line,col): error PFXnnnn: message</c> so that the
/// build fails and the IDE opens the line that set the bad value.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PostfixDslBuild
{
    /// <summary>
    /// Runs with <c>--output &lt;root&gt; --project-dir &lt;folder&gt; [--verify]</c>; returns the
    /// process exit code (0 when every host was written or, in verify mode, is up to date).
    /// </summary>
    public static int Run(IReadOnlyList<HostDefinition> hosts, string[] args, TextWriter output)
    {
        var options = BuildOptions.Parse(args);
        var errors = new List<string>();
        var loaded = new List<LoadedHost>();
        foreach (var definition in hosts)
        {
            try
            {
                loaded.Add(new LoadedHost(definition, definition.Get() ?? throw new InvalidOperationException("the member returned null instead of a MailHost")));
            }
            catch (Exception exception)
            {
                var inner = exception is System.Reflection.TargetInvocationException { InnerException: { } cause } ? cause : exception;
                errors.Add(Canonical(options, definition.Declaration, BuildRules.DefinitionThrew,
                    $"{inner.GetType().Name}: {inner.Message} (see {BuildRules.DefinitionThrew.HelpLink})"));
            }
        }

        var warnings = new List<string>();
        var suppressed = 0;
        foreach (var (definition, host) in loaded)
        {
            foreach (var finding in HostValidator.Diagnose(host))
            {
                if (definition.Suppresses(finding.Rule))
                {
                    suppressed++;
                    continue;
                }

                // A warning the compiler or an analyzer already gave at the same place is not said twice.
                if (finding.Severity != ValidationSeverity.Error && definition.ReportedInSource(finding))
                {
                    continue;
                }

                var line = Canonical(options, definition.Locate(finding), finding.Rule, finding.Detail);
                (finding.Severity == ValidationSeverity.Error ? errors : warnings).Add(line);
            }
        }

        foreach (var index in DuplicateHostNames.Find(loaded.Select(h => h.Host).ToList()))
        {
            var error = DuplicateHostNames.Error(loaded[index].Host);
            errors.Add(Canonical(options, loaded[index].Definition.Declaration, error.Rule, error.Detail));
        }

        // Warnings become MSBuild warnings and notes plain messages; they never stop the files from being written.
        if (errors.Count > 0)
        {
            errors.ForEach(output.WriteLine);
            warnings.ForEach(output.WriteLine);
            output.WriteLine($"Postfix.Dsl: {errors.Count} error(s); nothing was written.");
            return 1;
        }

        warnings.ForEach(output.WriteLine);
        if (suppressed > 0)
        {
            // Said once, so a suppression stays visible in the build log without repeating every finding.
            output.WriteLine($"Postfix.Dsl: {suppressed} warning(s) or note(s) not shown: suppressed with [SuppressMessage] on the host.");
        }

        // The self-check: every file read back as Postfix reads it must mean exactly the model.
        var rendered = new List<RenderedHost>();
        foreach (var (definition, host) in loaded)
        {
            var files = HostRenderer.Render(host, TemplateSet.Default);
            foreach (var mismatch in ReadBackCheck.Check(host, files))
            {
                errors.Add(Canonical(options, definition.Locate(mismatch), mismatch.Rule, mismatch.Detail));
            }

            rendered.Add(files);
        }

        if (errors.Count > 0)
        {
            errors.ForEach(output.WriteLine);
            output.WriteLine($"Postfix.Dsl: {errors.Count} error(s); nothing was written.");
            return 1;
        }

        try
        {
            return options.Verify ? Verify(rendered, options, output) : Write(rendered, options, output);
        }
        catch (PostfixOutputException exception)
        {
            output.WriteLine($"{exception.Path}: error {exception.Rule.Id}: {exception.Message[(exception.Rule.Id.Length + 2)..]}");
            output.WriteLine("Postfix.Dsl: 1 error(s); nothing was written.");
            return 1;
        }
    }

    /// <summary>
    /// Prepares this process for emits: runs <see cref="Run"/> twice on a built-in host, in a temporary
    /// folder deleted afterwards. The build's emit server calls it when it starts, so that its first
    /// emit does not pay for compiling and loading what every emit uses.
    /// </summary>
    public static void WarmUp() => BuildWarmUp.Run();

    private static int Write(IReadOnlyList<RenderedHost> rendered, BuildOptions options, TextWriter output)
    {
        var result = OutputFolder.Write(rendered, options.OutputRoot);
        output.WriteLine(
            $"Postfix.Dsl: {rendered.Count} host(s): {result.Written.Count} file(s) written, {result.Unchanged.Count} unchanged, {result.Deleted.Count} deleted in {options.OutputRoot}");
        return 0;
    }

    private static int Verify(IReadOnlyList<RenderedHost> rendered, BuildOptions options, TextWriter output)
    {
        var differences = OutputFolder.Compare(rendered, options.OutputRoot);
        var rule = BuildRules.OutputOutOfDate;
        foreach (var difference in differences)
        {
            output.WriteLine($"{difference.Path}: error {rule.Id}: {difference.Problem}; run dotnet build without PostfixDslVerify and commit the result (see {rule.HelpLink})");
        }

        output.WriteLine(differences.Count == 0
            ? $"Postfix.Dsl: {rendered.Count} host(s) verified: every file in {options.OutputRoot} is up to date."
            : $"Postfix.Dsl: {differences.Count} file(s) differ from the model in {options.OutputRoot}.");
        return differences.Count == 0 ? 0 : 1;
    }

    private static string Canonical(BuildOptions options, SourceSpot spot, ValidationRule rule, string detail)
    {
        var file = Path.GetFullPath(Path.Combine(options.ProjectDirectory, spot.File));
        // MSBuild turns "error" and "warning" lines into diagnostics; an "info" line stays a message.
        var severity = rule.Severity switch
        {
            ValidationSeverity.Error => "error",
            ValidationSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{file}({spot.Line},{spot.Column}): {severity} {rule.Id}: {detail}";
    }

    // A class, not a value tuple: generic code over a value tuple (the list, its enumerator, LINQ over
    // it) has no precompiled form and was compiled at run time by every build's emitter.

    /// <summary>A host definition and the host its member returned.</summary>
    private sealed record LoadedHost(HostDefinition Definition, MailHost Host);
}
