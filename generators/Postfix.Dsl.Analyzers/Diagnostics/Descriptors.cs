using Microsoft.CodeAnalysis;
using Postfix.Dsl.Rules;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// Every diagnostic the analyzers report, made from the rule catalogue (<see cref="RuleCatalog"/>),
/// so the editor and emit-time validation share ID, title, severity, category, message shape and
/// help link.
/// </summary>
internal static class Descriptors
{
    public static readonly DiagnosticDescriptor InvalidNetwork = RuleDescriptor.Of(RuleCatalog.InvalidNetwork);

    public static readonly DiagnosticDescriptor InvalidHostName = RuleDescriptor.Of(RuleCatalog.InvalidHostName);

    public static readonly DiagnosticDescriptor OpenRelay = RuleDescriptor.Of(RuleCatalog.OpenRelay);

    public static readonly DiagnosticDescriptor WideMynetworks = RuleDescriptor.Of(RuleCatalog.WideMynetworks);

    public static readonly DiagnosticDescriptor DuplicateTableKey = RuleDescriptor.Of(RuleCatalog.DuplicateTableKey);

    public static readonly DiagnosticDescriptor ObsoleteRestriction = RuleDescriptor.Of(RuleCatalog.ObsoleteRestriction);

    public static readonly DiagnosticDescriptor ObsoleteParameter = RuleDescriptor.Of(RuleCatalog.ObsoleteParameter);

    public static readonly DiagnosticDescriptor ObsoleteServiceForm = RuleDescriptor.Of(RuleCatalog.ObsoleteServiceForm);

    public static readonly DiagnosticDescriptor UnreachableRestriction = RuleDescriptor.Of(RuleCatalog.UnreachableRestriction);

    public static readonly DiagnosticDescriptor DnsCheckBeforeMynetworks = RuleDescriptor.Of(RuleCatalog.DnsCheckBeforeMynetworks);

    public static readonly DiagnosticDescriptor RevealingBanner = RuleDescriptor.Of(RuleCatalog.RevealingBanner);

    public static readonly DiagnosticDescriptor VrfyEnabled = RuleDescriptor.Of(RuleCatalog.VrfyEnabled);

    public static readonly DiagnosticDescriptor ChrootNotSupported = RuleDescriptor.Of(RuleCatalog.ChrootNotSupported);

    public static readonly DiagnosticDescriptor InvalidPattern = RuleDescriptor.Of(RuleCatalog.InvalidPattern);

    /// <summary>DaneWithoutDnssec.</summary>
    public static readonly DiagnosticDescriptor DaneWithoutDnssec = RuleDescriptor.Of(RuleCatalog.DaneWithoutDnssec);

    /// <summary>HeaderPatternNeverMatches.</summary>
    public static readonly DiagnosticDescriptor HeaderPatternNeverMatches = RuleDescriptor.Of(RuleCatalog.HeaderPatternNeverMatches);

    /// <summary>SaslCheckAfterPermit.</summary>
    public static readonly DiagnosticDescriptor SaslCheckAfterPermit = RuleDescriptor.Of(RuleCatalog.SaslCheckAfterPermit);

    /// <summary>SecretNameLooksLikePassword.</summary>
    public static readonly DiagnosticDescriptor SecretNameLooksLikePassword = RuleDescriptor.Of(RuleCatalog.SecretNameLooksLikePassword);

    /// <summary>OkInContentChecks.</summary>
    public static readonly DiagnosticDescriptor OkInContentChecks = RuleDescriptor.Of(RuleCatalog.OkInContentChecks);

    /// <summary>AddressKeysInClientLookup.</summary>
    public static readonly DiagnosticDescriptor AddressKeysInClientLookup = RuleDescriptor.Of(RuleCatalog.AddressKeysInClientLookup);

    /// <summary>SubmissionWithoutTlsOrAuth.</summary>
    public static readonly DiagnosticDescriptor SubmissionWithoutTlsOrAuth = RuleDescriptor.Of(RuleCatalog.SubmissionWithoutTlsOrAuth);
}
