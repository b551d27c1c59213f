using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Whether a master.cf <c>-o</c> value gives a service less protection than main.cf's value gives
/// the rest (PFX0312): a restriction list that leaves out a refusing restriction without ending in
/// a refusal of its own, a lower TLS level, TLS-only authentication turned off, or a SASL
/// requirement dropped. Any other override is what overrides are for and is not reported.
/// </summary>
internal static class OverrideWeakening
{
    // TLS levels by what they guarantee: none; opportunistic (may, and dane, which falls back to may
    // without TLSA records); mandatory (TLS always, authenticated or not). Within a class the levels
    // trade one guarantee for another (encrypt vs dane), so only a lower class weakens.
    private static readonly string[][] TlsClasses = [["none"], ["may", "dane"], ["encrypt", "dane-only", "fingerprint", "verify", "secure"]];

    private static readonly string[] SaslRequirements = ["noanonymous", "noplaintext"];

    /// <summary>What the override gives up, or null when it weakens nothing.</summary>
    /// <param name="setting">The override.</param>
    /// <param name="main">main.cf's value of the same parameter, or null when main.cf leaves it to Postfix.</param>
    /// <param name="configDirectory">Where table references point.</param>
    public static string? Problem(ParameterSetting setting, ParameterSetting? main, string configDirectory)
    {
        switch (setting.Name)
        {
            case "smtpd_tls_security_level" or "smtp_tls_security_level":
                var level = Rank(Text(setting, configDirectory));
                var mainLevel = main is null ? Rank("none") : Rank(Text(main, configDirectory));
                return level >= 0 && mainLevel >= 0 && level < mainLevel
                    ? $"lowers TLS from main.cf's {(main is null ? "none" : Text(main, configDirectory))} to a level that guarantees less"
                    : null;
            case "smtpd_tls_auth_only":
                return setting.Value is false && main?.Value is true ? "offers authentication without TLS, which main.cf forbids" : null;
            case "smtpd_sasl_security_options" when setting.Value is IReadOnlyList<string> options:
                var required = main?.Value as IReadOnlyList<string> ?? ["noanonymous"];
                var dropped = SaslRequirements.Where(r => required.Contains(r) && !options.Contains(r)).ToList();
                return dropped.Count > 0 ? $"drops {string.Join(" and ", dropped)}, which main.cf requires of SASL mechanisms" : null;
            case not null when setting.Value is IReadOnlyList<Restriction> restrictions && main?.Value is IReadOnlyList<Restriction> mainRestrictions:
                return Restrictions(restrictions, mainRestrictions);
            default:
                return null;
        }
    }

    /// <summary>
    /// True when the override can weaken this service at all: an SMTP server setting (smtpd_*) on an
    /// smtpd service that someone outside the host can reach — not a content filter's re-injection
    /// port on the loopback address or a unix socket — and a client setting (smtp_*) on an smtp or
    /// lmtp service. Elsewhere the parameter is not read.
    /// </summary>
    public static bool Applies(string parameter, Service service) =>
        parameter.StartsWith("smtpd_", System.StringComparison.Ordinal) ? service.Command == "smtpd" && !IsLocalOnly(service)
        : parameter.StartsWith("smtp_", System.StringComparison.Ordinal) ? service.Command is "smtp" or "lmtp"
        : true;

    /// <summary>True for a server no one outside the host reaches: a unix socket, or an inet service on a loopback address.</summary>
    public static bool IsLocalOnly(Service service) =>
        service.Type != ServiceType.Inet
        || service.Name.StartsWith("127.", System.StringComparison.Ordinal)
        || service.Name.StartsWith("[::1]:", System.StringComparison.Ordinal)
        || service.Name.StartsWith("localhost:", System.StringComparison.Ordinal);

    private static string? Restrictions(IReadOnlyList<Restriction> restrictions, IReadOnlyList<Restriction> main)
    {
        var names = restrictions.SelectMany(r => r.Expanded()).Select(r => r.Name).ToList();
        if (names.Count > 0 && names[^1] is "reject" or "defer")
        {
            return null; // whatever the list permits, everything else is refused
        }

        var missing = main.SelectMany(r => r.Expanded()).Select(r => r.Name).Where(IsRefusing).Distinct().Where(n => !names.Contains(n)).ToList();
        return missing.Count > 0 ? $"leaves out {string.Join(", ", missing)}, which main.cf's list refuses with" : null;
    }

    // Restrictions that can refuse a request; permit_* and warn_if_reject only let it through or log.
    private static bool IsRefusing(string name) =>
        name is "reject" or "defer" or "defer_if_permit" or "defer_if_reject"
        || name.StartsWith("reject_", System.StringComparison.Ordinal)
        || name.StartsWith("defer_", System.StringComparison.Ordinal)
        || name.StartsWith("check_", System.StringComparison.Ordinal);

    private static string Text(ParameterSetting setting, string configDirectory) => ParameterText.Of(setting, configDirectory).SingleLine;

    private static int Rank(string level) => System.Array.FindIndex(TlsClasses, c => System.Array.IndexOf(c, level) >= 0);
}
