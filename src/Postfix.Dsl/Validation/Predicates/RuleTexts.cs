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

    /// <summary>PFX0316 for the client TLS level <paramref name="level"/> (dane or dane-only).</summary>
    public static (string Problem, string Expected) DaneWithoutDnssec(string level) =>
        ($"asks for DANE ({level}) but smtp_dns_support_level is not dnssec, so no TLSA record is ever trusted and "
            + (level == "dane-only" ? "every delivery fails" : "DANE falls back to opportunistic TLS (may)"),
            "SmtpDnsSupportLevel = DnsSupportLevel.Dnssec, with a DNSSEC-validating resolver in /etc/resolv.conf");

    /// <summary>PFX0317, with <see cref="HeaderLinePatterns"/>' reason.</summary>
    public static (string Problem, string Expected) HeaderPatternNeverMatches(string reason) =>
        (reason + ", so the rule never matches any header",
            "a pattern that starts with the header's name, e.g. ^(From|To):.*postmaster@ to find an address in those headers, or one without the ^ anchor");

    /// <summary>PFX0318 for the restriction <paramref name="name"/>.</summary>
    public static (string Problem, string Expected) SaslCheckAfterPermit(string name) =>
        ($"places {name} after permit_sasl_authenticated, so it {SaslRestrictionOrder.Effect(name)}",
            $"{name} before PermitSaslAuthenticated in the same list");

    /// <summary>PFX0319.</summary>
    public static (string Problem, string Expected) OkInContentChecks() =>
        ("does not accept the message: in header_checks and body_checks Postfix treats OK as DUNNO (go on with the next line)",
            "HeaderAction.Dunno to say the same plainly, or the action meant (e.g. HeaderAction.Pass to skip the remaining checks)");

    /// <summary>PFX0320, with <see cref="ClientLookups.Problem"/>'s text.</summary>
    public static (string Problem, string Expected) AddressKeysInClientLookup(string problem) =>
        (problem, "a separate table for the client check, keyed by host names, domains or networks; user@domain keys belong to check_sender_access or check_recipient_access");

    /// <summary>PFX0321, with what is missing.</summary>
    public static (string Problem, string Expected) SubmissionWithoutTlsOrAuth(string missing) =>
        ($"is a submission service but {missing}, so users' passwords or mail travel in the clear, or anyone may submit",
            "Service.Submission() or Service.Submissions(), which require TLS and SASL authentication, stating only what differs");

    /// <summary>PFX0322.</summary>
    public static (string Problem, string Expected) PassWithoutPostscreen() =>
        ("is an smtpd pass service, but no postscreen inet service hands it connections, so it never serves a client",
            "MasterCf.WithPostscreen(), which adds the postscreen, smtpd pass, dnsblog and tlsproxy services together");

    /// <summary>PFX0329: a secret name that looks like a password.</summary>
    public static (string Problem, string Expected) SecretNameLooksLikePassword(string problem) =>
        ($"is the secret's name, but {problem}: the value would be in the repository and every generated file",
            "the name the deployment supplies the value under, e.g. new Secret(\"relay-password\"), and the value in POSTFIX_DSL_SECRET_RELAY_PASSWORD on the server");
}
