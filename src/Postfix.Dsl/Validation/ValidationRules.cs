namespace Postfix.Dsl;

/// <summary>Every validation rule, in one place. IDs are stable: never reuse or renumber one.</summary>
public static class ValidationRules
{
    /// <summary>PFX0001: a value holds a newline or another control character; it could add a line to the file.</summary>
    public static ValidationRule ControlCharacter { get; } = new("PFX0001", "Control character in a value");

    /// <summary>PFX0002: a network is not valid CIDR (or a bare address).</summary>
    public static ValidationRule InvalidNetwork { get; } = new("PFX0002", "Invalid network address");

    /// <summary>PFX0003: a host or domain name is not a valid DNS name.</summary>
    public static ValidationRule InvalidHostName { get; } = new("PFX0003", "Invalid host or domain name");

    /// <summary>PFX0004: a key of an indexed table holds whitespace, which postmap would split.</summary>
    public static ValidationRule WhitespaceInKey { get; } = new("PFX0004", "Whitespace in a table key");

    /// <summary>PFX0005: a regexp or pcre pattern holds its own delimiter.</summary>
    public static ValidationRule DelimiterInPattern { get; } = new("PFX0005", "Pattern contains its delimiter");

    /// <summary>PFX0006: neither smtpd_relay_restrictions nor smtpd_recipient_restrictions stops relaying.</summary>
    public static ValidationRule OpenRelay { get; } = new("PFX0006", "Relay restrictions allow relaying");

    /// <summary>PFX0007: mynetworks trusts a network wider than /8.</summary>
    public static ValidationRule WideMynetworks { get; } = new("PFX0007", "mynetworks wider than /8");

    /// <summary>PFX0008: master.cf defines the same service name and type twice.</summary>
    public static ValidationRule DuplicateService { get; } = new("PFX0008", "Duplicate master.cf service");

    /// <summary>PFX0009: two different tables would be written to the same file.</summary>
    public static ValidationRule TableFileConflict { get; } = new("PFX0009", "Two tables share one file");

    /// <summary>PFX0010: a host name or file name cannot be used as a file or folder name.</summary>
    public static ValidationRule InvalidFileName { get; } = new("PFX0010", "Invalid host or table file name");

    /// <summary>PFX0011: a value is empty where a word is needed, or has whitespace that Postfix would strip.</summary>
    public static ValidationRule SurroundingWhitespace { get; } = new("PFX0011", "Value would not survive Postfix's whitespace handling");

    /// <summary>PFX0012: a pattern flag that the table type does not have.</summary>
    public static ValidationRule InvalidPatternFlag { get; } = new("PFX0012", "Pattern flag not valid for the table type");

    /// <summary>PFX0013: an access action reply code that is not 4NN or 5NN.</summary>
    public static ValidationRule InvalidReplyCode { get; } = new("PFX0013", "Invalid SMTP reply code");

    /// <summary>PFX0014: a table type that cannot hold this kind of table, or a key that the type cannot hold.</summary>
    public static ValidationRule InvalidTableType { get; } = new("PFX0014", "Table type does not fit the table");

    /// <summary>PFX0015: an access or transport key that does not have the form its kind requires.</summary>
    public static ValidationRule InvalidAccessKey { get; } = new("PFX0015", "Invalid table key");

    /// <summary>PFX0016: a value that cannot be written in the file's syntax (unbalanced braces in a grouped item, a relative log path...).</summary>
    public static ValidationRule Unwritable { get; } = new("PFX0016", "Value cannot be written in this file's syntax");

    /// <summary>PFX0017: a master.cf service whose name does not fit its type.</summary>
    public static ValidationRule InvalidServiceName { get; } = new("PFX0017", "Invalid master.cf service name");

    /// <summary>PFX0018: main.cf parameters whose $name references form a circle.</summary>
    public static ValidationRule CircularReference { get; } = new("PFX0018", "Circular $name references");

    /// <summary>PFX0019: a '$' that is not a valid parameter reference ($$, $name, ${name}, $(name), ${name?text}, ...).</summary>
    public static ValidationRule InvalidMacro { get; } = new("PFX0019", "Invalid $ expression");

    /// <summary>PFX0020: a word that opens a { group that is never closed.</summary>
    public static ValidationRule UnclosedGroup { get; } = new("PFX0020", "Unclosed { group");

    /// <summary>PFX0021: a $name reference to a parameter that does not exist.</summary>
    public static ValidationRule UndefinedReference { get; } = new("PFX0021", "Reference to an undefined parameter");

    /// <summary>PFX0022: an inet service left private (the default), which master(8) refuses to start.</summary>
    public static ValidationRule PrivateInetService { get; } = new("PFX0022", "inet service marked private");

    /// <summary>PFX0023: a transport table route, or a transport:nexthop parameter (default_transport, content_filter, ...), whose transport is no unix service of the host's master.cf, so the mail would be deferred.</summary>
    public static ValidationRule UnknownTransport { get; } = new("PFX0023", "Transport names no master.cf service");

    /// <summary>PFX0024: a literal-key table has the same key twice (Postfix keys ignore case); only the first entry is ever used.</summary>
    public static ValidationRule DuplicateTableKey { get; } = new("PFX0024", "Duplicate table key");

    /// <summary>PFX0025: a rendered file that, read back the way Postfix reads it, does not mean exactly what the model says; nothing is written.</summary>
    public static ValidationRule ReadBackMismatch { get; } = new("PFX0025", "Written file would not mean the model");

    /// <summary>PFX0026: a null where the model needs a value (a required property, a list element).</summary>
    public static ValidationRule RequiredValue { get; } = new("PFX0026", "Required value is null");

    /// <summary>PFX0102: two hosts have the same name, so they would write the same folder.</summary>
    public static ValidationRule DuplicateHostName { get; } = new("PFX0102", "Duplicate host name");

    /// <summary>PFX0200 (warning): a parameter given through <see cref="Parameters.Unlisted"/> that the catalog does not have and that is not marked intended.</summary>
    public static ValidationRule UnlistedParameter { get; } = new("PFX0200", "Parameter not in the catalog", ValidationSeverity.Warning);

    /// <summary>PFX0201: the escape hatch names a parameter the catalog has; the typed property must be used.</summary>
    public static ValidationRule UnlistedButCataloged { get; } = new("PFX0201", "Catalog parameter set through the escape hatch");

    /// <summary>PFX0202: a per-service parameter on a service whose command does not have it.</summary>
    public static ValidationRule TransportParameterNotApplicable { get; } = new("PFX0202", "Per-service parameter the service does not have");

    /// <summary>PFX0203: two settings would write the same main.cf parameter.</summary>
    public static ValidationRule ParameterWrittenTwice { get; } = new("PFX0203", "Parameter written twice");

    /// <summary>PFX0300: a restriction that Postfix renamed or removed (check_relay_domains, reject_maps_rbl, reject_unknown_client, ...).</summary>
    public static ValidationRule ObsoleteRestriction { get; } = new("PFX0300", "Obsolete or renamed restriction", ValidationSeverity.Warning);

    /// <summary>PFX0301: a main.cf parameter that Postfix replaced (smtpd_use_tls, smtpd_enforce_tls, maps_rbl_domains, ...).</summary>
    public static ValidationRule ObsoleteParameter { get; } = new("PFX0301", "Obsolete parameter", ValidationSeverity.Warning);

    /// <summary>PFX0302: a master.cf form from before Postfix 2.10: a fifo service, or the nqmgr command.</summary>
    public static ValidationRule ObsoleteServiceForm { get; } = new("PFX0302", "Obsolete master.cf form", ValidationSeverity.Warning);

    /// <summary>PFX0303: restrictions after an unconditional permit, reject or defer, which Postfix never evaluates.</summary>
    public static ValidationRule UnreachableRestriction { get; } = new("PFX0303", "Unreachable restrictions", ValidationSeverity.Warning);

    /// <summary>PFX0304: a DNS check (reject_unknown_*, reject_rbl_client, ...) before permit_mynetworks, which rejects the host's own clients.</summary>
    public static ValidationRule DnsCheckBeforeMynetworks { get; } = new("PFX0304", "DNS check before permit_mynetworks", ValidationSeverity.Warning);

    /// <summary>PFX0305: an SMTP banner that reveals $mail_version or does not start with $myhostname.</summary>
    public static ValidationRule RevealingBanner { get; } = new("PFX0305", "SMTP banner reveals the version or lacks $myhostname", ValidationSeverity.Warning);

    /// <summary>PFX0306: the SMTP VRFY command is left enabled, so anyone can probe for valid addresses.</summary>
    public static ValidationRule VrfyEnabled { get; } = new("PFX0306", "VRFY command enabled", ValidationSeverity.Warning);

    /// <summary>PFX0307: a master.cf service chrooted although its daemon cannot run in the jail (local, virtual, pipe, proxymap, ...).</summary>
    public static ValidationRule ChrootNotSupported { get; } = new("PFX0307", "Service cannot run chrooted", ValidationSeverity.Warning);

    /// <summary>PFX0308: a regexp: or pcre: pattern that Postfix's own engine (POSIX regcomp, PCRE2) refuses.</summary>
    public static ValidationRule InvalidPattern { get; } = new("PFX0308", "Pattern does not compile");

    /// <summary>PFX0309: a table listed in MailHost.Tables that no parameter or restriction references.</summary>
    public static ValidationRule UnreferencedTable { get; } = new("PFX0309", "Table referenced nowhere", ValidationSeverity.Warning);

    /// <summary>PFX0310: a reference to a table file in the host's config directory that the host does not write.</summary>
    public static ValidationRule TableNotInHost { get; } = new("PFX0310", "Table file not written by the host", ValidationSeverity.Info);

    /// <summary>PFX0311: syslog.conf rules that never select the host's syslog_facility, so Postfix's log goes nowhere.</summary>
    public static ValidationRule SyslogFacilityMismatch { get; } = new("PFX0311", "syslog rules miss syslog_facility", ValidationSeverity.Warning);

    /// <summary>PFX0312: a master.cf -o that gives a main.cf parameter another value for one service.</summary>
    public static ValidationRule OverrideShadowsMainCf { get; } = new("PFX0312", "master.cf -o overrides a main.cf value", ValidationSeverity.Info);

    /// <summary>PFX0313: milter settings without any milter to apply them to.</summary>
    public static ValidationRule MilterSettingsWithoutMilters { get; } = new("PFX0313", "Milter settings without milters", ValidationSeverity.Warning);

    /// <summary>PFX0314: postscreen settings without a postscreen service in master.cf.</summary>
    public static ValidationRule PostscreenSettingsWithoutService { get; } = new("PFX0314", "Postscreen settings without the postscreen service", ValidationSeverity.Warning);
}
