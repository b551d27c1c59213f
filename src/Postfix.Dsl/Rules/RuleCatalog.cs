namespace Postfix.Dsl.Rules;

/// <summary>
/// Every rule of Postfix.Dsl, defined once: ID, title, default severity, where it is reported and
/// its message. The library's <c>ValidationRules</c>/<c>BuildRules</c>, the analyzers' and the
/// generators' <c>DiagnosticDescriptor</c>s and the docs index (<c>docs/diagnostics/README.md</c>, kept
/// equal by a test) all come from here. IDs are stable: never reuse or renumber one.
/// </summary>
internal static class RuleCatalog
{
    /// <summary>The one category of every rule.</summary>
    public const string Category = "Postfix.Dsl";

    /// <summary>PFX0300's ID, for <c>[Obsolete(DiagnosticId = ...)]</c> on the obsolete restrictions (attribute arguments must be constants).</summary>
    public const string ObsoleteRestrictionId = "PFX0300";

    /// <summary>PFX0301's ID, for <c>[Obsolete(DiagnosticId = ...)]</c> on the obsolete parameters.</summary>
    public const string ObsoleteParameterId = "PFX0301";

    /// <summary>PFX0315's ID, for <c>[Obsolete(DiagnosticId = ...)]</c> on the parameters better left to Postfix.</summary>
    public const string DiscouragedParameterId = "PFX0315";

    /// <summary>PFX0302's ID, for <c>[Obsolete(DiagnosticId = ...)]</c> on <c>ServiceType.Fifo</c>.</summary>
    public const string ObsoleteServiceFormId = "PFX0302";

    /// <summary>The <c>UrlFormat</c> of those attributes: the compiler puts the rule's ID in place of <c>{0}</c>.</summary>
    public const string HelpUrlFormat = RuleHelp.PagesUrl + "{0}.md";

    /// <summary>PFX0001: a value holds a newline or another control character; it could add a line to the file.</summary>
    public static readonly RuleDefinition ControlCharacter = new("PFX0001", "Control character in a value", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0002: a network is not valid CIDR (or a bare address).</summary>
    public static readonly RuleDefinition InvalidNetwork = new("PFX0002", "Invalid network address", RuleSeverity.Error, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0003: a host or domain name is not a valid DNS name.</summary>
    public static readonly RuleDefinition InvalidHostName = new("PFX0003", "Invalid host or domain name", RuleSeverity.Error, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0004: a key of an indexed table holds whitespace, which postmap would split.</summary>
    public static readonly RuleDefinition WhitespaceInKey = new("PFX0004", "Whitespace in a table key", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0005: a regexp or pcre pattern holds its own delimiter.</summary>
    public static readonly RuleDefinition DelimiterInPattern = new("PFX0005", "Pattern contains its delimiter", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0006: neither smtpd_relay_restrictions nor smtpd_recipient_restrictions stops relaying.</summary>
    public static readonly RuleDefinition OpenRelay = new("PFX0006", "Relay restrictions allow relaying", RuleSeverity.Error, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0007: mynetworks trusts a network wider than /8.</summary>
    public static readonly RuleDefinition WideMynetworks = new("PFX0007", "mynetworks wider than /8", RuleSeverity.Error, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0008: master.cf defines the same service name and type twice.</summary>
    public static readonly RuleDefinition DuplicateService = new("PFX0008", "Duplicate master.cf service", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0009: two different tables would be written to the same file.</summary>
    public static readonly RuleDefinition TableFileConflict = new("PFX0009", "Two tables share one file", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0010: a host name or file name cannot be used as a file or folder name.</summary>
    public static readonly RuleDefinition InvalidFileName = new("PFX0010", "Invalid host or table file name", RuleSeverity.Error, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0011: a value is empty where a word is needed, or has whitespace that Postfix would strip.</summary>
    public static readonly RuleDefinition SurroundingWhitespace = new("PFX0011", "Value would not survive Postfix's whitespace handling", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0012: a pattern flag that the table type does not have.</summary>
    public static readonly RuleDefinition InvalidPatternFlag = new("PFX0012", "Pattern flag not valid for the table type", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0013: an access action reply code that is not 4NN or 5NN.</summary>
    public static readonly RuleDefinition InvalidReplyCode = new("PFX0013", "Invalid SMTP reply code", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0014: a table type that cannot hold this kind of table, or a key that the type cannot hold.</summary>
    public static readonly RuleDefinition InvalidTableType = new("PFX0014", "Table type does not fit the table", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0015: an access or transport key that does not have the form its kind requires.</summary>
    public static readonly RuleDefinition InvalidAccessKey = new("PFX0015", "Invalid table key", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0016: a value that cannot be written in the file's syntax (unbalanced braces in a grouped item, a relative log path...).</summary>
    public static readonly RuleDefinition Unwritable = new("PFX0016", "Value cannot be written in this file's syntax", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0017: a master.cf service whose name does not fit its type.</summary>
    public static readonly RuleDefinition InvalidServiceName = new("PFX0017", "Invalid master.cf service name", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0018: main.cf parameters whose $name references form a circle.</summary>
    public static readonly RuleDefinition CircularReference = new("PFX0018", "Circular $name references", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0019: a '$' that is not a valid parameter reference ($$, $name, ${name}, $(name), ${name?text}, ...).</summary>
    public static readonly RuleDefinition InvalidMacro = new("PFX0019", "Invalid $ expression", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0020: a word that opens a { group that is never closed.</summary>
    public static readonly RuleDefinition UnclosedGroup = new("PFX0020", "Unclosed { group", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0021: a $name reference to a parameter that does not exist.</summary>
    public static readonly RuleDefinition UndefinedReference = new("PFX0021", "Reference to an undefined parameter", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0022: an inet service left private (the default), which master(8) refuses to start.</summary>
    public static readonly RuleDefinition PrivateInetService = new("PFX0022", "inet service marked private", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0023: a transport table route, or a transport:nexthop parameter (default_transport, content_filter, ...), whose transport is no unix service of the host's master.cf, so the mail would be deferred.</summary>
    public static readonly RuleDefinition UnknownTransport = new("PFX0023", "Transport names no master.cf service", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0024: a literal-key table has the same key twice (Postfix keys ignore case); only the first entry is ever used.</summary>
    public static readonly RuleDefinition DuplicateTableKey = new("PFX0024", "Duplicate table key", RuleSeverity.Error, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0025: a rendered file that, read back the way Postfix reads it, does not mean exactly what the model says; nothing is written.</summary>
    public static readonly RuleDefinition ReadBackMismatch = new("PFX0025", "Written file would not mean the model", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0026: a null where the model needs a value (a required property, a list element).</summary>
    public static readonly RuleDefinition RequiredValue = new("PFX0026", "Required value is null", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0027: a pipe(8) service's argv names a macro pipe(8) does not define (every delivery through it would fail).</summary>
    public static readonly RuleDefinition UnknownPipeMacro = new("PFX0027", "Unknown pipe(8) macro", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0100: a [PostfixHost] member that is not a static property, field or parameterless method returning MailHost.</summary>
    public static readonly RuleDefinition HostMemberShape = new("PFX0100", "Host member has the wrong shape", RuleSeverity.Error, RuleSurfaces.Editor, "'{0}' is marked [PostfixHost] but {1}; expected a static property, field or parameterless method that returns Postfix.Dsl.MailHost and is not private");

    /// <summary>PFX0101: a [PostfixHost] member that is not static.</summary>
    public static readonly RuleDefinition HostMemberNotStatic = new("PFX0101", "Host member is not static", RuleSeverity.Error, RuleSurfaces.Editor, "'{0}' is marked [PostfixHost] but is not static; the build reads it without creating an instance: make it static");

    /// <summary>PFX0102: two hosts have the same name, so they would write the same folder.</summary>
    public static readonly RuleDefinition DuplicateHostName = new("PFX0102", "Duplicate host name", RuleSeverity.Error, RuleSurfaces.Editor | RuleSurfaces.Emit | RuleSurfaces.Build);

    /// <summary>PFX0103: verify mode found a generated file that differs from what the model produces.</summary>
    public static readonly RuleDefinition OutputOutOfDate = new("PFX0103", "Generated file is out of date", RuleSeverity.Error, RuleSurfaces.Build);

    /// <summary>PFX0104: reading a host definition threw an exception.</summary>
    public static readonly RuleDefinition DefinitionThrew = new("PFX0104", "Host definition threw an exception", RuleSeverity.Error, RuleSurfaces.Build);

    /// <summary>PFX0105: the build's emitter process found no host registry in the assembly, or failed.</summary>
    public static readonly RuleDefinition EmitterFailed = new("PFX0105", "The emitter cannot run the project's hosts", RuleSeverity.Error, RuleSurfaces.Build, "{0}");

    /// <summary>PFX0106: the output folder holds a symbolic link, a stray folder or a tampered manifest where the emit would write or delete.</summary>
    public static readonly RuleDefinition UnsafeOutput = new("PFX0106", "Output folder cannot be written safely", RuleSeverity.Error, RuleSurfaces.Emit | RuleSurfaces.Build);

    /// <summary>PFX0107: the file system refused a write (read-only folder, full disk, path too long); every file was left as it was.</summary>
    public static readonly RuleDefinition WriteFailed = new("PFX0107", "Output could not be written", RuleSeverity.Error, RuleSurfaces.Emit | RuleSurfaces.Build);

    /// <summary>PFX0200: a parameter given through <c>Parameters.Unlisted</c> that the catalog does not have and that is not marked intended.</summary>
    public static readonly RuleDefinition UnlistedParameter = new("PFX0200", "Parameter not in the catalog", RuleSeverity.Warning, RuleSurfaces.Emit);

    /// <summary>PFX0201 (warning): the escape hatch names a parameter the catalog has: its raw value is written unchecked; prefer the typed property, or acknowledge it.</summary>
    public static readonly RuleDefinition UnlistedButCataloged = new("PFX0201", "Catalog parameter set through the escape hatch", RuleSeverity.Warning, RuleSurfaces.Emit);

    /// <summary>PFX0202: a per-service parameter on a service whose command does not have it.</summary>
    public static readonly RuleDefinition TransportParameterNotApplicable = new("PFX0202", "Per-service parameter the service does not have", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0203: two settings would write the same main.cf parameter.</summary>
    public static readonly RuleDefinition ParameterWrittenTwice = new("PFX0203", "Parameter written twice", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0300: a restriction that Postfix renamed or removed (check_relay_domains, reject_maps_rbl, reject_unknown_client, ...).</summary>
    public static readonly RuleDefinition ObsoleteRestriction = new(ObsoleteRestrictionId, "Obsolete or renamed restriction", RuleSeverity.Warning, RuleSurfaces.Compiler | RuleSurfaces.Emit);

    /// <summary>PFX0301: a main.cf parameter that Postfix replaced (smtpd_use_tls, smtpd_enforce_tls, maps_rbl_domains, ...).</summary>
    public static readonly RuleDefinition ObsoleteParameter = new(ObsoleteParameterId, "Obsolete parameter", RuleSeverity.Warning, RuleSurfaces.Compiler | RuleSurfaces.Emit);

    /// <summary>PFX0302: a master.cf form from before Postfix 2.10: a fifo service, or the nqmgr command.</summary>
    public static readonly RuleDefinition ObsoleteServiceForm = new(ObsoleteServiceFormId, "Obsolete master.cf form", RuleSeverity.Warning, RuleSurfaces.Compiler | RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0303: restrictions after an unconditional permit, reject or defer, which Postfix never evaluates.</summary>
    public static readonly RuleDefinition UnreachableRestriction = new("PFX0303", "Unreachable restrictions", RuleSeverity.Warning, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0304: a DNS check (reject_unknown_*, reject_rbl_client, ...) before permit_mynetworks, which rejects the host's own clients.</summary>
    public static readonly RuleDefinition DnsCheckBeforeMynetworks = new("PFX0304", "DNS check before permit_mynetworks", RuleSeverity.Warning, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0305: an SMTP banner that reveals $mail_version or does not start with $myhostname.</summary>
    public static readonly RuleDefinition RevealingBanner = new("PFX0305", "SMTP banner reveals the version or lacks $myhostname", RuleSeverity.Warning, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0306: the SMTP VRFY command is left enabled, so anyone can probe for valid addresses.</summary>
    public static readonly RuleDefinition VrfyEnabled = new("PFX0306", "VRFY command enabled", RuleSeverity.Warning, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0307: a master.cf service chrooted although its daemon cannot run in the jail (local, virtual, pipe, proxymap, ...).</summary>
    public static readonly RuleDefinition ChrootNotSupported = new("PFX0307", "Service cannot run chrooted", RuleSeverity.Warning, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0308: a regexp: or pcre: pattern that Postfix's own engine (POSIX regcomp, PCRE2) refuses.</summary>
    public static readonly RuleDefinition InvalidPattern = new("PFX0308", "Pattern does not compile", RuleSeverity.Error, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0309: a table listed in MailHost.Tables that no parameter or restriction references.</summary>
    public static readonly RuleDefinition UnreferencedTable = new("PFX0309", "Table referenced nowhere", RuleSeverity.Warning, RuleSurfaces.Emit);

    /// <summary>PFX0310: a reference to a table file in the host's config directory that the host does not write.</summary>
    public static readonly RuleDefinition TableNotInHost = new("PFX0310", "Table file not written by the host", RuleSeverity.Info, RuleSurfaces.Emit);

    /// <summary>PFX0311: syslog.conf rules that never select the host's syslog_facility, so Postfix's log goes nowhere.</summary>
    public static readonly RuleDefinition SyslogFacilityMismatch = new("PFX0311", "syslog rules miss syslog_facility", RuleSeverity.Warning, RuleSurfaces.Emit);

    /// <summary>PFX0312: a master.cf -o that weakens main.cf's protection for one service (relay or recipient restrictions, TLS, authentication).</summary>
    public static readonly RuleDefinition OverrideWeakensProtection = new("PFX0312", "master.cf -o weakens main.cf's protection", RuleSeverity.Info, RuleSurfaces.Emit);

    /// <summary>PFX0313: milter settings without any milter to apply them to.</summary>
    public static readonly RuleDefinition MilterSettingsWithoutMilters = new("PFX0313", "Milter settings without milters", RuleSeverity.Warning, RuleSurfaces.Emit);

    /// <summary>PFX0314: postscreen settings without a postscreen service in master.cf.</summary>
    public static readonly RuleDefinition PostscreenSettingsWithoutService = new("PFX0314", "Postscreen settings without the postscreen service", RuleSeverity.Warning, RuleSurfaces.Emit);

    /// <summary>PFX0315: a parameter Postfix accepts but that is better left to it (mail_version: set, it misreports the version).</summary>
    public static readonly RuleDefinition DiscouragedParameter = new(DiscouragedParameterId, "Parameter better left to Postfix", RuleSeverity.Warning, RuleSurfaces.Compiler);

    /// <summary>PFX0316: an SMTP client TLS level of dane or dane-only without DNSSEC lookups, which makes DANE fall back to opportunistic TLS.</summary>
    public static readonly RuleDefinition DaneWithoutDnssec = new("PFX0316", "DANE without DNSSEC lookups", RuleSeverity.Warning, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0317: a header_checks pattern anchored at the start of the line whose start cannot be a header name.</summary>
    public static readonly RuleDefinition HeaderPatternNeverMatches = new("PFX0317", "Header pattern cannot match a header line", RuleSeverity.Warning, RuleSurfaces.Editor | RuleSurfaces.EditorWhereVisible | RuleSurfaces.Emit);

    /// <summary>PFX0318: a restriction about authenticated clients placed after permit_sasl_authenticated, which lets them through first.</summary>
    public static readonly RuleDefinition SaslCheckAfterPermit = new("PFX0318", "Login check after permit_sasl_authenticated", RuleSeverity.Warning, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0319: OK as a header or body checks action, which Postfix treats as DUNNO.</summary>
    public static readonly RuleDefinition OkInContentChecks = new("PFX0319", "OK in header or body checks means DUNNO", RuleSeverity.Warning, RuleSurfaces.Editor | RuleSurfaces.EditorWhereVisible | RuleSurfaces.Emit);

    /// <summary>PFX0320: a client lookup (check_client_access, ...) in an access table keyed by e-mail addresses.</summary>
    public static readonly RuleDefinition AddressKeysInClientLookup = new("PFX0320", "Client lookup in a table keyed by e-mail addresses", RuleSeverity.Warning, RuleSurfaces.Editor | RuleSurfaces.EditorWhereVisible | RuleSurfaces.Emit);

    /// <summary>PFX0321: a submission service (587, 465) that does not require TLS and SASL authentication.</summary>
    public static readonly RuleDefinition SubmissionWithoutTlsOrAuth = new("PFX0321", "Submission service without required TLS or authentication", RuleSeverity.Warning, RuleSurfaces.Editor | RuleSurfaces.EditorWhereVisible | RuleSurfaces.Emit);

    /// <summary>PFX0322: an smtpd pass service that no postscreen service hands connections to.</summary>
    public static readonly RuleDefinition PassWithoutPostscreen = new("PFX0322", "smtpd pass service without postscreen", RuleSeverity.Warning, RuleSurfaces.Emit);

    /// <summary>PFX0323: a cidr table entry that an earlier entry's network holds, so first-match order never reaches it.</summary>
    public static readonly RuleDefinition ShadowedCidrEntry = new("PFX0323", "cidr entry never reached", RuleSeverity.Warning, RuleSurfaces.Emit);

    /// <summary>PFX0324: an alias that delivers to a command or a file, not marked intended.</summary>
    public static readonly RuleDefinition DangerousAliasTarget = new("PFX0324", "Alias delivers to a command or a file", RuleSeverity.Warning, RuleSurfaces.Emit);

    /// <summary>PFX0325: a domain listed in two address classes (mydestination, virtual alias, virtual mailbox, relay).</summary>
    public static readonly RuleDefinition DomainInTwoClasses = new("PFX0325", "Domain in two address classes", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0326: a database table query that does not use the key, or uses a %-expansion the table does not know.</summary>
    public static readonly RuleDefinition QueryWithoutKey = new("PFX0326", "Database query without the key or with an unknown expansion", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0327: an SQL table query with a key expansion outside single quotes, so the key is read as SQL.</summary>
    public static readonly RuleDefinition UnquotedSqlKey = new("PFX0327", "SQL query with the key outside quotes", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0328: a pattern table whose rules are for another purpose than its use (access rules in content checks, header rules in an access restriction).</summary>
    public static readonly RuleDefinition PatternRulesForAnotherPurpose = new("PFX0328", "Pattern table rules for another purpose", RuleSeverity.Error, RuleSurfaces.Emit);

    /// <summary>PFX0329: a Secret whose name looks like a password (the value typed where its name goes).</summary>
    public static readonly RuleDefinition SecretNameLooksLikePassword = new("PFX0329", "Secret name looks like a password", RuleSeverity.Error, RuleSurfaces.Editor | RuleSurfaces.Emit);

    /// <summary>PFX0900: a row of the parameter catalog (parameters.tsv) that the catalog generator cannot read; reported only while Postfix.Dsl itself compiles.</summary>
    public static readonly RuleDefinition CatalogUnreadable = new("PFX0900", "Parameter catalog cannot be read", RuleSeverity.Error, RuleSurfaces.LibraryBuild, "{0}: {1}");

    /// <summary>Every rule, in ID order.</summary>
    public static readonly RuleDefinition[] All =
    [
        ControlCharacter,
        InvalidNetwork,
        InvalidHostName,
        WhitespaceInKey,
        DelimiterInPattern,
        OpenRelay,
        WideMynetworks,
        DuplicateService,
        TableFileConflict,
        InvalidFileName,
        SurroundingWhitespace,
        InvalidPatternFlag,
        InvalidReplyCode,
        InvalidTableType,
        InvalidAccessKey,
        Unwritable,
        InvalidServiceName,
        CircularReference,
        InvalidMacro,
        UnclosedGroup,
        UndefinedReference,
        PrivateInetService,
        UnknownTransport,
        DuplicateTableKey,
        ReadBackMismatch,
        RequiredValue,
        UnknownPipeMacro,
        HostMemberShape,
        HostMemberNotStatic,
        DuplicateHostName,
        OutputOutOfDate,
        DefinitionThrew,
        EmitterFailed,
        UnsafeOutput,
        WriteFailed,
        UnlistedParameter,
        UnlistedButCataloged,
        TransportParameterNotApplicable,
        ParameterWrittenTwice,
        ObsoleteRestriction,
        ObsoleteParameter,
        ObsoleteServiceForm,
        UnreachableRestriction,
        DnsCheckBeforeMynetworks,
        RevealingBanner,
        VrfyEnabled,
        ChrootNotSupported,
        InvalidPattern,
        UnreferencedTable,
        TableNotInHost,
        SyslogFacilityMismatch,
        OverrideWeakensProtection,
        MilterSettingsWithoutMilters,
        PostscreenSettingsWithoutService,
        DiscouragedParameter,
        DaneWithoutDnssec,
        HeaderPatternNeverMatches,
        SaslCheckAfterPermit,
        OkInContentChecks,
        AddressKeysInClientLookup,
        SubmissionWithoutTlsOrAuth,
        PassWithoutPostscreen,
        ShadowedCidrEntry,
        DangerousAliasTarget,
        DomainInTwoClasses,
        QueryWithoutKey,
        UnquotedSqlKey,
        PatternRulesForAnotherPurpose,
        SecretNameLooksLikePassword,
        CatalogUnreadable,
    ];
}
