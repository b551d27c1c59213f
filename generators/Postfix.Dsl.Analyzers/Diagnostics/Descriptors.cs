using Microsoft.CodeAnalysis;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// Every diagnostic the analyzers report. IDs, titles and severities are those of the library's
/// <c>ValidationRules</c> (a test compares them), so the editor and emit-time validation speak with one voice.
/// </summary>
internal static class Descriptors
{
    private const string Category = "Postfix.Dsl";

    public static readonly DiagnosticDescriptor InvalidNetwork = Error("PFX0002", "Invalid network address", "mynetworks: \"{0}\" {1}");

    public static readonly DiagnosticDescriptor InvalidHostName = Error("PFX0003", "Invalid host or domain name", "{0}: \"{1}\" is not a valid host or domain name; expected DNS labels such as mail.example.com");

    public static readonly DiagnosticDescriptor OpenRelay = Error("PFX0006", "Relay restrictions allow relaying",
        "Neither smtpd_relay_restrictions nor smtpd_recipient_restrictions stops relaying ({0}): end SmtpdRelayRestrictions with RejectUnauthDestination");

    public static readonly DiagnosticDescriptor WideMynetworks = Error("PFX0007", "mynetworks wider than /8", "mynetworks: \"{0}\" trusts a /{1} network: every client in it may relay through this host");

    public static readonly DiagnosticDescriptor DuplicateTableKey = Error("PFX0024", "Duplicate table key",
        "{0} is the key of an earlier entry ({1}; keys ignore case), so Postfix answers with that entry and never this one: keep one entry per key");

    public static readonly DiagnosticDescriptor ObsoleteRestriction = Warning("PFX0300", "Obsolete or renamed restriction", "{0}: use {1}");

    public static readonly DiagnosticDescriptor ObsoleteParameter = Warning("PFX0301", "Obsolete parameter", "{0} is obsolete: use {1}");

    public static readonly DiagnosticDescriptor ObsoleteServiceForm = Warning("PFX0302", "Obsolete master.cf form", "\"{0}\" {1}: use {2}");

    public static readonly DiagnosticDescriptor UnreachableRestriction = Warning("PFX0303", "Unreachable restrictions", "{0}: {1} decides every request, so {2} never run");

    public static readonly DiagnosticDescriptor DnsCheckBeforeMynetworks = Warning("PFX0304", "DNS check before permit_mynetworks",
        "{0}: {1} runs before permit_mynetworks, so the host's own clients are rejected whenever DNS fails them");

    public static readonly DiagnosticDescriptor RevealingBanner = Warning("PFX0305", "SMTP banner reveals the version or lacks $myhostname", "smtpd_banner \"{0}\" {1}");

    public static readonly DiagnosticDescriptor VrfyEnabled = Warning("PFX0306", "VRFY command enabled",
        "main.cf leaves the SMTP VRFY command on, so anyone can probe which addresses exist: set DisableVrfyCommand = true");

    public static readonly DiagnosticDescriptor ChrootNotSupported = Warning("PFX0307", "Service cannot run chrooted",
        "Service \"{0}\" runs {1} chrooted, but this daemon needs files outside the queue directory and fails inside the jail: set Chroot = false");

    public static readonly DiagnosticDescriptor InvalidPattern = Error("PFX0308", "Pattern does not compile", "\"{0}\" does not compile as {1}: {2}");

    private static DiagnosticDescriptor Error(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Warning);

    // The same relative link as ValidationRule.HelpLink: the page ships in the repository next to the code.
    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true,
            helpLinkUri: $"docs/diagnostics/{id}.md");
}
