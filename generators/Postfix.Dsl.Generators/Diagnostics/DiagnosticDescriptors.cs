using Microsoft.CodeAnalysis;

namespace Postfix.Dsl.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the analyzers report about host definitions, in one place. IDs are stable and
/// shared with the library's rules: PFX0010 and PFX0102 are the same rules the build enforces.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Postfix.Dsl.Hosts";

    public static readonly DiagnosticDescriptor WrongShape = new(
        id: "PFX0100",
        title: "Host member has the wrong shape",
        messageFormat: "'{0}' is marked [PostfixHost] but {1}; expected a static property, field or parameterless method that returns Postfix.Dsl.MailHost and is not private",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("PFX0100"));

    public static readonly DiagnosticDescriptor NotStatic = new(
        id: "PFX0101",
        title: "Host member is not static",
        messageFormat: "'{0}' is marked [PostfixHost] but is not static; the build reads it without creating an instance: make it static",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("PFX0101"));

    public static readonly DiagnosticDescriptor DuplicateHostName = new(
        id: "PFX0102",
        title: "Duplicate host name",
        messageFormat: "Host name \"{0}\" is also the name of '{1}'; both would write the folder {0}/: give each host a unique Name",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("PFX0102"),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidHostFolderName = new(
        id: "PFX0010",
        title: "Invalid host or table file name",
        messageFormat: "Host name \"{0}\" cannot be used as the host's output folder name; expected letters, digits, '.', '-' and '_', starting with a letter or digit, such as neptune",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink("PFX0010"));

    // The same relative link the library's rules carry (ValidationRule.HelpLink).
    private static string HelpLink(string id) => $"docs/diagnostics/{id}.md";
}
