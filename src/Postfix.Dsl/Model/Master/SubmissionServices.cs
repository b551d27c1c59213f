using System;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl;

/// <summary>The mail submission services (RFC 6409 on port 587, RFC 8314 on port 465) with the recommended overrides.</summary>
public sealed partial record Service
{
    /// <summary>
    /// The <c>-o</c> overrides master.cf.dist recommends for a submission service (its commented lines),
    /// made strict: TLS required (<c>smtpd_tls_security_level=encrypt</c>), SASL on and only over TLS,
    /// only authenticated clients may send (<c>smtpd_client_restrictions</c> and
    /// <c>smtpd_relay_restrictions</c> = <c>permit_sasl_authenticated,reject</c>), a syslog name of its
    /// own, and <c>milter_macro_daemon_name=ORIGINATING</c> so that a DKIM milter signs what users send.
    /// <c>smtpd_recipient_restrictions</c> is <c>permit_sasl_authenticated,reject</c> too: main.cf's, made for
    /// port 25 (<c>reject_unauth_destination</c>, policy services), would refuse a user's mail to other domains.
    /// </summary>
    public static Parameters SubmissionOverrides { get; } = new()
    {
        SyslogName = "postfix/submission",
        SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt,
        SmtpdSaslAuthEnable = true,
        SmtpdTlsAuthOnly = true,
        SmtpdClientRestrictions = [PermitSaslAuthenticated, Reject],
        SmtpdRelayRestrictions = [PermitSaslAuthenticated, Reject],
        SmtpdRecipientRestrictions = [PermitSaslAuthenticated, Reject],
        MilterMacroDaemonName = "ORIGINATING",
    };

    /// <summary>
    /// The overrides for <c>submissions</c> on port 465: those of <see cref="SubmissionOverrides"/>, with
    /// TLS from the first byte (<c>smtpd_tls_wrappermode=yes</c>) instead of a required STARTTLS (and so no
    /// <c>smtpd_tls_auth_only</c>, which a session that is always encrypted does not need).
    /// </summary>
    public static Parameters SubmissionsOverrides { get; } = new()
    {
        SyslogName = "postfix/submissions",
        SmtpdTlsWrappermode = true,
        SmtpdSaslAuthEnable = true,
        SmtpdClientRestrictions = [PermitSaslAuthenticated, Reject],
        SmtpdRelayRestrictions = [PermitSaslAuthenticated, Reject],
        SmtpdRecipientRestrictions = [PermitSaslAuthenticated, Reject],
        MilterMacroDaemonName = "ORIGINATING",
    };

    /// <summary>
    /// <c>submission inet n - y - - smtpd</c> (port 587) with <see cref="SubmissionOverrides"/>. State
    /// only what differs: <c>Service.Submission(o => o with { SmtpdSenderRestrictions = [RejectSenderLoginMismatch] })</c>.
    /// </summary>
    /// <param name="differences">Changes the recommended overrides; null keeps them.</param>
    /// <param name="chroot">The chroot column: yes as in master.cf.dist; false for a host without a chroot jail.</param>
    public static Service Submission(Func<Parameters, Parameters>? differences = null, bool chroot = true) =>
        Inet("submission", "smtpd", chroot: chroot, overrides: differences is null ? SubmissionOverrides : differences(SubmissionOverrides));

    /// <summary>
    /// <c>submissions inet n - y - - smtpd</c> (port 465, implicit TLS) with <see cref="SubmissionsOverrides"/>.
    /// State only what differs, as with <see cref="Submission"/>.
    /// </summary>
    /// <param name="differences">Changes the recommended overrides; null keeps them.</param>
    /// <param name="chroot">The chroot column: yes as in master.cf.dist; false for a host without a chroot jail.</param>
    public static Service Submissions(Func<Parameters, Parameters>? differences = null, bool chroot = true) =>
        Inet("submissions", "smtpd", chroot: chroot, overrides: differences is null ? SubmissionsOverrides : differences(SubmissionsOverrides));
}
