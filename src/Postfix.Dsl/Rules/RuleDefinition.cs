using System;

namespace Postfix.Dsl.Rules;

/// <summary>How serious a finding of a rule is by default. Only errors stop a host from being written.</summary>
internal enum RuleSeverity
{
    Error,
    Warning,
    Info,
}

/// <summary>Where a rule is reported: the places a user meets it.</summary>
[Flags]
internal enum RuleSurfaces
{
    None = 0,

    /// <summary>While typing, by an analyzer (and at compile time, as a compiler diagnostic).</summary>
    Editor = 1,

    /// <summary>When a host is validated, rendered and written (<c>PostfixDsl.Emit</c>, the build's emitter).</summary>
    Emit = 2,

    /// <summary>By the build integration itself (the emitter process, MSBuild).</summary>
    Build = 4,

    /// <summary>Only while Postfix.Dsl itself compiles (the catalog generator); never in a user's build.</summary>
    LibraryBuild = 8,

    /// <summary>
    /// By the C# compiler itself, through <c>[Obsolete(DiagnosticId = ...)]</c> on the library's
    /// members: in every editor and build, with or without analyzers.
    /// </summary>
    Compiler = 16,

    /// <summary>
    /// With <see cref="Editor"/>: the analyzer reports only what it can see whole in source (the table,
    /// the service and main.cf written out together); the build still reports every finding, so nothing
    /// the analyzer could not see goes unsaid.
    /// </summary>
    EditorWhereVisible = 32,
}

/// <summary>
/// One rule of <see cref="RuleCatalog"/>: everything every component needs to report it the same way.
/// Compiled into the library and into each Roslyn component, so it uses nothing newer than netstandard2.0.
/// </summary>
internal sealed class RuleDefinition
{
    /// <summary>The message shape of a finding: location, value, problem, expected form.</summary>
    public const string FindingFormat = "{0}: \"{1}\" {2}; expected {3}";

    public RuleDefinition(string id, string title, RuleSeverity severity, RuleSurfaces surfaces, string messageFormat = FindingFormat)
    {
        Id = id;
        Title = title;
        Severity = severity;
        Surfaces = surfaces;
        MessageFormat = messageFormat;
    }

    /// <summary>The stable ID, <c>PFXnnnn</c>; never reused or renumbered.</summary>
    public string Id { get; }

    /// <summary>What the rule protects against, in a few words.</summary>
    public string Title { get; }

    /// <summary>The default severity.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>Where the rule is reported.</summary>
    public RuleSurfaces Surfaces { get; }

    /// <summary>
    /// The editor's message, with placeholders <c>{0}</c>…: for every rule that emit-time validation
    /// reports too, <see cref="FindingFormat"/> filled from the same texts, so both say the same sentence.
    /// </summary>
    public string MessageFormat { get; }

    /// <summary>The one category of every rule (what <c>[SuppressMessage]</c> and .editorconfig name).</summary>
    public string Category => RuleCatalog.Category;

    /// <summary>The rule's documentation page, an absolute link an IDE can open.</summary>
    public string HelpLink => RuleHelp.PagesUrl + Id + ".md";
}
