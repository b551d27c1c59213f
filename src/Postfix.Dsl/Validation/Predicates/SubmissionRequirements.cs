using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// What a submission service (ports 587 and 465) must require (PFX0321): TLS (<c>smtpd_tls_security_level
/// = encrypt</c>, or <c>smtpd_tls_wrappermode = yes</c>) and SASL authentication. The values are the
/// effective ones, the service's <c>-o</c> over main.cf. Shared with the analyzers.
/// </summary>
internal static class SubmissionRequirements
{
    /// <summary>True for an inet service name whose port is submission, submissions, 587 or 465.</summary>
    public static bool IsSubmissionPort(string name)
    {
        var port = name.Substring(name.LastIndexOf(':') + 1);
        return port is "submission" or "submissions" or "587" or "465";
    }

    /// <summary>What is missing, joined for the message; null when TLS and authentication are both required.</summary>
    public static string? Missing(bool wrapperMode, string? tlsLevel, bool saslEnabled)
    {
        var missing = new List<string>();
        if (!wrapperMode && tlsLevel != "encrypt")
        {
            missing.Add("does not require TLS (smtpd_tls_security_level=encrypt, or smtpd_tls_wrappermode=yes on 465)");
        }

        if (!saslEnabled)
        {
            missing.Add("has no SASL authentication (smtpd_sasl_auth_enable=yes)");
        }

        return missing.Count == 0 ? null : string.Join(" and ", missing);
    }
}
