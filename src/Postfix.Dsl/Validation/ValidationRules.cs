using Postfix.Dsl.Rules;

namespace Postfix.Dsl;

/// <summary>
/// The rules that validation reports, as public values. Each is defined once, in the rule catalogue
/// (<c>src/Postfix.Dsl/Rules/RuleCatalog.cs</c>), with its ID, title, severity and help link.
/// </summary>
public static class ValidationRules
{
    /// <summary>PFX0001: a value holds a newline or another control character; it could add a line to the file.</summary>
    public static ValidationRule ControlCharacter { get; } = ValidationRule.From(RuleCatalog.ControlCharacter);

    /// <summary>PFX0002: a network is not valid CIDR (or a bare address).</summary>
    public static ValidationRule InvalidNetwork { get; } = ValidationRule.From(RuleCatalog.InvalidNetwork);

    /// <summary>PFX0003: a host or domain name is not a valid DNS name.</summary>
    public static ValidationRule InvalidHostName { get; } = ValidationRule.From(RuleCatalog.InvalidHostName);

    /// <summary>PFX0004: a key of an indexed table holds whitespace, which postmap would split.</summary>
    public static ValidationRule WhitespaceInKey { get; } = ValidationRule.From(RuleCatalog.WhitespaceInKey);

    /// <summary>PFX0005: a regexp or pcre pattern holds its own delimiter.</summary>
    public static ValidationRule DelimiterInPattern { get; } = ValidationRule.From(RuleCatalog.DelimiterInPattern);

    /// <summary>PFX0006: neither smtpd_relay_restrictions nor smtpd_recipient_restrictions stops relaying.</summary>
    public static ValidationRule OpenRelay { get; } = ValidationRule.From(RuleCatalog.OpenRelay);

    /// <summary>PFX0007: mynetworks trusts a network wider than /8.</summary>
    public static ValidationRule WideMynetworks { get; } = ValidationRule.From(RuleCatalog.WideMynetworks);

    /// <summary>PFX0008: master.cf defines the same service name and type twice.</summary>
    public static ValidationRule DuplicateService { get; } = ValidationRule.From(RuleCatalog.DuplicateService);

    /// <summary>PFX0009: two different tables would be written to the same file.</summary>
    public static ValidationRule TableFileConflict { get; } = ValidationRule.From(RuleCatalog.TableFileConflict);

    /// <summary>PFX0010: a host name or file name cannot be used as a file or folder name.</summary>
    public static ValidationRule InvalidFileName { get; } = ValidationRule.From(RuleCatalog.InvalidFileName);

    /// <summary>PFX0011: a value is empty where a word is needed, or has whitespace that Postfix would strip.</summary>
    public static ValidationRule SurroundingWhitespace { get; } = ValidationRule.From(RuleCatalog.SurroundingWhitespace);

    /// <summary>PFX0012: a pattern flag that the table type does not have.</summary>
    public static ValidationRule InvalidPatternFlag { get; } = ValidationRule.From(RuleCatalog.InvalidPatternFlag);

    /// <summary>PFX0013: an access action reply code that is not 4NN or 5NN.</summary>
    public static ValidationRule InvalidReplyCode { get; } = ValidationRule.From(RuleCatalog.InvalidReplyCode);

    /// <summary>PFX0014: a table type that cannot hold this kind of table, or a key that the type cannot hold.</summary>
    public static ValidationRule InvalidTableType { get; } = ValidationRule.From(RuleCatalog.InvalidTableType);

    /// <summary>PFX0015: an access or transport key that does not have the form its kind requires.</summary>
    public static ValidationRule InvalidAccessKey { get; } = ValidationRule.From(RuleCatalog.InvalidAccessKey);

    /// <summary>PFX0016: a value that cannot be written in the file's syntax (unbalanced braces in a grouped item, a relative log path...).</summary>
    public static ValidationRule Unwritable { get; } = ValidationRule.From(RuleCatalog.Unwritable);

    /// <summary>PFX0017: a master.cf service whose name does not fit its type.</summary>
    public static ValidationRule InvalidServiceName { get; } = ValidationRule.From(RuleCatalog.InvalidServiceName);

    /// <summary>PFX0018: main.cf parameters whose $name references form a circle.</summary>
    public static ValidationRule CircularReference { get; } = ValidationRule.From(RuleCatalog.CircularReference);

    /// <summary>PFX0019: a '$' that is not a valid parameter reference ($$, $name, ${name}, $(name), ${name?text}, ...).</summary>
    public static ValidationRule InvalidMacro { get; } = ValidationRule.From(RuleCatalog.InvalidMacro);

    /// <summary>PFX0020: a word that opens a { group that is never closed.</summary>
    public static ValidationRule UnclosedGroup { get; } = ValidationRule.From(RuleCatalog.UnclosedGroup);

    /// <summary>PFX0021: a $name reference to a parameter that does not exist.</summary>
    public static ValidationRule UndefinedReference { get; } = ValidationRule.From(RuleCatalog.UndefinedReference);

    /// <summary>PFX0022: an inet service left private (the default), which master(8) refuses to start.</summary>
    public static ValidationRule PrivateInetService { get; } = ValidationRule.From(RuleCatalog.PrivateInetService);

    /// <summary>PFX0023: a transport table route, or a transport:nexthop parameter (default_transport, content_filter, ...), whose transport is no unix service of the host's master.cf, so the mail would be deferred.</summary>
    public static ValidationRule UnknownTransport { get; } = ValidationRule.From(RuleCatalog.UnknownTransport);

    /// <summary>PFX0024: a literal-key table has the same key twice (Postfix keys ignore case); only the first entry is ever used.</summary>
    public static ValidationRule DuplicateTableKey { get; } = ValidationRule.From(RuleCatalog.DuplicateTableKey);

    /// <summary>PFX0025: a rendered file that, read back the way Postfix reads it, does not mean exactly what the model says; nothing is written.</summary>
    public static ValidationRule ReadBackMismatch { get; } = ValidationRule.From(RuleCatalog.ReadBackMismatch);

    /// <summary>PFX0026: a null where the model needs a value (a required property, a list element).</summary>
    public static ValidationRule RequiredValue { get; } = ValidationRule.From(RuleCatalog.RequiredValue);

    /// <summary>PFX0027: a pipe(8) service's argv names a macro pipe(8) does not define (every delivery through it would fail).</summary>
    public static ValidationRule UnknownPipeMacro { get; } = ValidationRule.From(RuleCatalog.UnknownPipeMacro);

    /// <summary>PFX0102: two hosts have the same name, so they would write the same folder.</summary>
    public static ValidationRule DuplicateHostName { get; } = ValidationRule.From(RuleCatalog.DuplicateHostName);

    /// <summary>PFX0200 (warning): a parameter given through <see cref="Parameters.Unlisted"/> that the catalog does not have and that is not marked intended.</summary>
    public static ValidationRule UnlistedParameter { get; } = ValidationRule.From(RuleCatalog.UnlistedParameter);

    /// <summary>PFX0201 (warning): the escape hatch names a parameter the catalog has, so its raw value is written unchecked.</summary>
    public static ValidationRule UnlistedButCataloged { get; } = ValidationRule.From(RuleCatalog.UnlistedButCataloged);

    /// <summary>PFX0202: a per-service parameter on a service whose command does not have it.</summary>
    public static ValidationRule TransportParameterNotApplicable { get; } = ValidationRule.From(RuleCatalog.TransportParameterNotApplicable);

    /// <summary>PFX0203: two settings would write the same main.cf parameter.</summary>
    public static ValidationRule ParameterWrittenTwice { get; } = ValidationRule.From(RuleCatalog.ParameterWrittenTwice);

    /// <summary>PFX0300: a restriction that Postfix renamed or removed (check_relay_domains, reject_maps_rbl, reject_unknown_client, ...).</summary>
    public static ValidationRule ObsoleteRestriction { get; } = ValidationRule.From(RuleCatalog.ObsoleteRestriction);

    /// <summary>PFX0301: a main.cf parameter that Postfix replaced (smtpd_use_tls, smtpd_enforce_tls, maps_rbl_domains, ...).</summary>
    public static ValidationRule ObsoleteParameter { get; } = ValidationRule.From(RuleCatalog.ObsoleteParameter);

    /// <summary>PFX0302: a master.cf form from before Postfix 2.10: a fifo service, or the nqmgr command.</summary>
    public static ValidationRule ObsoleteServiceForm { get; } = ValidationRule.From(RuleCatalog.ObsoleteServiceForm);

    /// <summary>PFX0303: restrictions after an unconditional permit, reject or defer, which Postfix never evaluates.</summary>
    public static ValidationRule UnreachableRestriction { get; } = ValidationRule.From(RuleCatalog.UnreachableRestriction);

    /// <summary>PFX0304: a DNS check (reject_unknown_*, reject_rbl_client, ...) before permit_mynetworks, which rejects the host's own clients.</summary>
    public static ValidationRule DnsCheckBeforeMynetworks { get; } = ValidationRule.From(RuleCatalog.DnsCheckBeforeMynetworks);

    /// <summary>PFX0305: an SMTP banner that reveals $mail_version or does not start with $myhostname.</summary>
    public static ValidationRule RevealingBanner { get; } = ValidationRule.From(RuleCatalog.RevealingBanner);

    /// <summary>PFX0306: the SMTP VRFY command is left enabled, so anyone can probe for valid addresses.</summary>
    public static ValidationRule VrfyEnabled { get; } = ValidationRule.From(RuleCatalog.VrfyEnabled);

    /// <summary>PFX0307: a master.cf service chrooted although its daemon cannot run in the jail (local, virtual, pipe, proxymap, ...).</summary>
    public static ValidationRule ChrootNotSupported { get; } = ValidationRule.From(RuleCatalog.ChrootNotSupported);

    /// <summary>PFX0308: a regexp: or pcre: pattern that Postfix's own engine (POSIX regcomp, PCRE2) refuses.</summary>
    public static ValidationRule InvalidPattern { get; } = ValidationRule.From(RuleCatalog.InvalidPattern);

    /// <summary>PFX0309: a table listed in MailHost.Tables that no parameter or restriction references.</summary>
    public static ValidationRule UnreferencedTable { get; } = ValidationRule.From(RuleCatalog.UnreferencedTable);

    /// <summary>PFX0310: a reference to a table file in the host's config directory that the host does not write.</summary>
    public static ValidationRule TableNotInHost { get; } = ValidationRule.From(RuleCatalog.TableNotInHost);

    /// <summary>PFX0311: syslog.conf rules that never select the host's syslog_facility, so Postfix's log goes nowhere.</summary>
    public static ValidationRule SyslogFacilityMismatch { get; } = ValidationRule.From(RuleCatalog.SyslogFacilityMismatch);

    /// <summary>PFX0312: a master.cf -o that weakens main.cf's protection for one service (relay or recipient restrictions, TLS, authentication).</summary>
    public static ValidationRule OverrideWeakensProtection { get; } = ValidationRule.From(RuleCatalog.OverrideWeakensProtection);

    /// <summary>PFX0313: milter settings without any milter to apply them to.</summary>
    public static ValidationRule MilterSettingsWithoutMilters { get; } = ValidationRule.From(RuleCatalog.MilterSettingsWithoutMilters);

    /// <summary>PFX0314: postscreen settings without a postscreen service in master.cf.</summary>
    public static ValidationRule PostscreenSettingsWithoutService { get; } = ValidationRule.From(RuleCatalog.PostscreenSettingsWithoutService);

    /// <summary>PFX0316: DANE without DNSSEC lookups.</summary>
    public static ValidationRule DaneWithoutDnssec { get; } = ValidationRule.From(RuleCatalog.DaneWithoutDnssec);

    /// <summary>PFX0317: a header_checks pattern that cannot match a header line.</summary>
    public static ValidationRule HeaderPatternNeverMatches { get; } = ValidationRule.From(RuleCatalog.HeaderPatternNeverMatches);

    /// <summary>PFX0318: a login check after permit_sasl_authenticated.</summary>
    public static ValidationRule SaslCheckAfterPermit { get; } = ValidationRule.From(RuleCatalog.SaslCheckAfterPermit);

    /// <summary>PFX0319: OK in header or body checks, which means DUNNO.</summary>
    public static ValidationRule OkInContentChecks { get; } = ValidationRule.From(RuleCatalog.OkInContentChecks);

    /// <summary>PFX0320: a client lookup in a table keyed by e-mail addresses.</summary>
    public static ValidationRule AddressKeysInClientLookup { get; } = ValidationRule.From(RuleCatalog.AddressKeysInClientLookup);

    /// <summary>PFX0321: a submission service that does not require TLS and authentication.</summary>
    public static ValidationRule SubmissionWithoutTlsOrAuth { get; } = ValidationRule.From(RuleCatalog.SubmissionWithoutTlsOrAuth);

    /// <summary>PFX0322: an smtpd pass service without postscreen.</summary>
    public static ValidationRule PassWithoutPostscreen { get; } = ValidationRule.From(RuleCatalog.PassWithoutPostscreen);

    /// <summary>PFX0323: a cidr table entry that an earlier entry hides.</summary>
    public static ValidationRule ShadowedCidrEntry { get; } = ValidationRule.From(RuleCatalog.ShadowedCidrEntry);

    /// <summary>PFX0324: an alias that delivers to a command or a file, not marked intended.</summary>
    public static ValidationRule DangerousAliasTarget { get; } = ValidationRule.From(RuleCatalog.DangerousAliasTarget);

    /// <summary>PFX0325: a domain listed in two address classes.</summary>
    public static ValidationRule DomainInTwoClasses { get; } = ValidationRule.From(RuleCatalog.DomainInTwoClasses);

    /// <summary>PFX0326: a database table query without the key or with an unknown %-expansion.</summary>
    public static ValidationRule QueryWithoutKey { get; } = ValidationRule.From(RuleCatalog.QueryWithoutKey);

    /// <summary>PFX0327: an SQL table query with a key expansion outside single quotes.</summary>
    public static ValidationRule UnquotedSqlKey { get; } = ValidationRule.From(RuleCatalog.UnquotedSqlKey);

    /// <summary>PFX0328: a pattern table whose rules are for another purpose than its use.</summary>
    public static ValidationRule PatternRulesForAnotherPurpose { get; } = ValidationRule.From(RuleCatalog.PatternRulesForAnotherPurpose);

    /// <summary>PFX0329: a secret name that looks like a password.</summary>
    public static ValidationRule SecretNameLooksLikePassword { get; } = ValidationRule.From(RuleCatalog.SecretNameLooksLikePassword);
}
