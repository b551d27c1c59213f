namespace Postfix.Dsl;

/// <summary>
/// What an SMTP greeting must and must not say (PFX0305): RFC 5321 wants the host's name first, and
/// the software version only helps attackers pick an exploit. Shared with the analyzers.
/// </summary>
internal static class BannerExposure
{
    /// <summary>The problem with <paramref name="banner"/>, or null when it is fine.</summary>
    /// <param name="banner">The smtpd_banner value.</param>
    /// <param name="mailVersionSet">True when main.cf sets mail_version itself, so <c>$mail_version</c> no longer tells the real version.</param>
    public static string? Problem(string banner, bool mailVersionSet = false)
    {
        if (!mailVersionSet && banner.IndexOf("$mail_version", System.StringComparison.Ordinal) >= 0
            || banner.IndexOf("${mail_version}", System.StringComparison.Ordinal) >= 0
            || banner.IndexOf("$(mail_version)", System.StringComparison.Ordinal) >= 0)
        {
            return "reveals the Postfix version ($mail_version) to every client";
        }

        if (!(banner.StartsWith("$myhostname", System.StringComparison.Ordinal)
              || banner.StartsWith("${myhostname}", System.StringComparison.Ordinal)
              || banner.StartsWith("$(myhostname)", System.StringComparison.Ordinal)))
        {
            return "does not start with $myhostname, as RFC 5321 and Postfix require of the 220 greeting";
        }

        return null;
    }
}
