using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// The problem and the expected form of every rule that both the editor and emit-time validation
/// report, in one place, so that both say the same sentence:
/// <c>location: "value" problem; expected form</c> (the catalogue's <c>FindingFormat</c>). Compiled into
/// the analyzers too: keep it free of the model and of net8-only APIs.
/// </summary>
internal static class RuleTexts
{
    /// <summary>Where relay findings (PFX0006) are placed: the pair of lists Postfix reads together.</summary>
    public const string RelayLocation = "smtpd_relay_restrictions/smtpd_recipient_restrictions";

    /// <summary>PFX0002, with the problem <see cref="NetworkSyntax"/> found.</summary>
    public static (string Problem, string Expected) InvalidNetwork(string problem) =>
        (problem, "an address or CIDR network such as 192.168.0.0/24, 10.1.2.3 or [2001:db8::]/32");

    /// <summary>PFX0007.</summary>
    public static (string Problem, string Expected) WideMynetworks(int prefixLength) =>
        ($"trusts a /{prefixLength} network: every client in it may relay through this host", "only the networks you run, at most a /8 (e.g. 192.168.0.0/24)");

    /// <summary>PFX0003 for a host-name or domain-name parameter.</summary>
    public static (string Problem, string Expected) InvalidHostName(bool domain) =>
        (domain ? "is not a valid domain name" : "is not a valid host name",
            "DNS labels of letters, digits and inner hyphens separated by dots, e.g. mail.example.com, or a $name expression");

    /// <summary>PFX0003 for an item of a domain list.</summary>
    public static (string Problem, string Expected) InvalidListDomain() =>
        ("is not a valid domain name", "a domain such as example.com (or .example.com for subdomains), a $name expression, a /file or a type:table");

    /// <summary>PFX0003 for the DNS list domain of reject_rbl_client and friends.</summary>
    public static (string Problem, string Expected) InvalidDnsListDomain(string restriction) =>
        ($"is not a valid DNS list domain for {restriction}",
            "a domain such as zen.spamhaus.org, optionally followed by one =reply filter of four octets, each a number or a [list;of..ranges], e.g. =127.0.0.2 or =127.0.0.[2..11]");

    /// <summary>PFX0006.</summary>
    public static (string Problem, string Expected) OpenRelay() =>
        ("holds no restriction that stops relaying, so Postfix either relays for anyone or refuses to start smtpd",
            "reject_unauth_destination (or defer_unauth_destination, reject, defer, defer_if_permit) at the end of smtpd_relay_restrictions, e.g. [PermitMynetworks, PermitSaslAuthenticated, RejectUnauthDestination]");

    /// <summary>Where a duplicate key (PFX0024) is: its entry, counted from 1.</summary>
    public static string Entry(int index) => $"entry {index + 1}";

    /// <summary>PFX0024, for an entry whose key the entry at <paramref name="first"/> (from 0) already has.</summary>
    public static (string Problem, string Expected) DuplicateTableKey(int first) =>
        ($"is the key of entry {first + 1} already (keys ignore case), so Postfix answers with that entry and never this one",
            "one entry per key: remove this one, or give the first entry the action this one should have");

    /// <summary>PFX0300.</summary>
    public static (string Problem, string Expected) ObsoleteRestriction(ObsoleteRestrictions.Replacement replacement) =>
        (ObsoleteRestrictions.Problem(replacement), replacement.Advice);

    /// <summary>PFX0301, with the catalog's replacement.</summary>
    public static (string Problem, string Expected) ObsoleteParameter(string name, string? replacement) =>
        ($"sets {name}, which Postfix replaced", replacement ?? "the parameter postconf(5) names in its place");

    /// <summary>PFX0302 for a fifo service.</summary>
    public static (string Problem, string Expected) FifoService() => (ObsoleteServiceForms.FifoProblem, "Type = ServiceType.Unix");

    /// <summary>PFX0302 for the nqmgr command.</summary>
    public static (string Problem, string Expected) OldCommand(string modern) => (ObsoleteServiceForms.NqmgrProblem, $"Command = \"{modern}\"");

    /// <summary>How a finding names a master.cf service: <c>service smtp/inet</c>.</summary>
    public static string Service(string name, string type) => $"service {name}/{type}";

    /// <summary>PFX0303: <paramref name="names"/>[<paramref name="stop"/>] decides every request.</summary>
    public static (string Problem, string Expected) Unreachable(IReadOnlyList<string> names, int stop) =>
        ($"never evaluates {string.Join(", ", names.Skip(stop + 1))}: {names[stop]} decides every request first",
            $"{names[stop]} as the last restriction, or the restrictions after it removed");

    /// <summary>PFX0304 for the DNS check <paramref name="check"/>.</summary>
    public static (string Problem, string Expected) DnsCheckBeforeMynetworks(string check) =>
        ($"runs {check} before permit_mynetworks, so the host's own clients are rejected whenever DNS fails them",
            "PermitMynetworks before every DNS check, e.g. [PermitMynetworks, RejectUnknownClientHostname, ...]");

    /// <summary>PFX0305, with the problem <see cref="BannerExposure"/> found.</summary>
    public static (string Problem, string Expected) RevealingBanner(string problem) =>
        (problem, "a banner that starts with $myhostname and leaves the version out, e.g. \"$myhostname ESMTP $mail_name\"");

    /// <summary>PFX0306's value when disable_vrfy_command is unset or false.</summary>
    public static string VrfyValue(bool unset) => unset ? "(unset: no)" : "no";

    /// <summary>PFX0306.</summary>
    public static (string Problem, string Expected) VrfyEnabled() =>
        ("leaves the SMTP VRFY command on, so anyone can probe which addresses exist", "DisableVrfyCommand = true");

    /// <summary>PFX0307.</summary>
    public static (string Problem, string Expected) ChrootNotSupported() =>
        ("is chrooted, but this daemon needs files outside the queue directory and fails inside the jail", "Chroot = false for this service");

    /// <summary>PFX0308, with what the engine said.</summary>
    public static (string Problem, string Expected) InvalidPattern(bool pcre, string engineProblem) =>
        ($"does not compile as {(pcre ? "PCRE2" : "a POSIX regular expression (regcomp)")}: {engineProblem}",
            "a pattern that Postfix's engine accepts; escape literal ( [ { * + ? with \\");
}
