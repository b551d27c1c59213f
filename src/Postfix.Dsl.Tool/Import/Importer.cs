using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Formatting;

namespace Postfix.Dsl.Tool.Import;

/// <summary>What an import produced: the host's C#, and what it could not type or kept obsolete.</summary>
/// <param name="HostName">The host's name.</param>
/// <param name="FileName">The C# file's name, e.g. <c>NeptuneHost.cs</c>.</param>
/// <param name="Code">The C#, formatted, LF line ends.</param>
/// <param name="Issues">The values written raw, with reasons, and the obsolete forms kept.</param>
internal sealed record ImportResult(string HostName, string FileName, string Code, ImportIssues Issues);

/// <summary>
/// Reads a copy of a host's configuration directory (main.cf, master.cf) with the faithful readers
/// and writes it as Postfix.Dsl C#. Deterministic: the same files give the same bytes.
/// </summary>
internal static class Importer
{
    /// <param name="configDirectory">The copy of the host's configuration directory to read.</param>
    /// <param name="hostName">The host's name.</param>
    /// <param name="hostDirectory">Where the files live on the host (table references under it resolve into the copy); by default the configuration's config_directory, else /etc/postfix.</param>
    /// <param name="modernize">Apply the code fixes for obsolete forms instead of keeping them (<see cref="Modernizer"/>).</param>
    public static ImportResult Import(string configDirectory, string hostName, string? hostDirectory = null, bool modernize = false)
    {
        var mainPath = Path.Combine(configDirectory, "main.cf");
        var masterPath = Path.Combine(configDirectory, "master.cf");
        if (!File.Exists(mainPath))
        {
            throw new ImportException($"{mainPath}: not found; expected the main.cf of the host to import (a copy of its /etc/postfix)");
        }

        var mainText = File.ReadAllText(mainPath);
        var masterText = File.Exists(masterPath) ? File.ReadAllText(masterPath) : string.Empty;
        var mainCf = MainCfReader.Read(mainText);
        var masterCf = MasterCfReader.Read(masterText);
        // A name defined twice is Postfix's own rule (the last one wins), not an error: the last is imported.
        if (mainCf.Problems.Where(p => !p.Problem.StartsWith("overrides an earlier definition", StringComparison.Ordinal)).Concat(masterCf.Problems).FirstOrDefault() is { } problem)
        {
            var file = mainCf.Problems.Contains(problem) ? mainPath : masterPath;
            throw new ImportException($"{file}:{problem.Line}: {problem.Problem}: \"{problem.Text}\"; Postfix would refuse or ignore this line, so it cannot be imported as it means nothing certain");
        }

        // Where the files live on the host: the configuration's own config_directory, else Postfix's default.
        hostDirectory ??= mainCf.Parameters.GetValueOrDefault("config_directory") ?? "/etc/postfix";
        var issues = new ImportIssues();
        if (modernize)
        {
            (mainCf, masterCf) = Modernizer.Apply(mainCf, masterCf, issues.Modernized);
        }

        var unit = new HostCode(hostName, hostDirectory, issues, new TableObjects(configDirectory, hostDirectory)).Build(mainCf, new SourceComments(mainText), masterCf, new SourceComments(masterText));
        return new ImportResult(hostName, HostCode.ClassName(hostName) + ".cs", Format(unit), issues);
    }

    /// <summary>Roslyn's own layout: normalized, then the formatter, with LF line ends and four-space indents.</summary>
    private static string Format(SyntaxNode unit)
    {
        using var workspace = new AdhocWorkspace();
        var options = workspace.Options
            .WithChangedOption(FormattingOptions.NewLine, LanguageNames.CSharp, "\n")
            .WithChangedOption(FormattingOptions.IndentationSize, LanguageNames.CSharp, 4)
            .WithChangedOption(FormattingOptions.UseTabs, LanguageNames.CSharp, false);
        var laidOut = new Layout().Visit(unit.NormalizeWhitespace("    ", "\n"))!;
        var formatted = Formatter.Format(laidOut, workspace, options);
        return formatted.ToFullString().Replace("\r\n", "\n").TrimEnd('\n') + "\n";
    }
}
