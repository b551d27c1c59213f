namespace Postfix.Dsl.Tests.Corpus;

/// <summary>
/// What Debian 12's postfix package configures for an "Internet Site": the main.cf its installer
/// writes and the master.cf it ships. See SOURCE.md.
/// </summary>
internal static class DebianInternetSite
{
    public static CorpusCase Case { get; } = new(
        "debian-internet-site",
        new MailHost
        {
            Name = "debian",
            MainCf = new()
            {
                SmtpdBanner = "$myhostname ESMTP $mail_name (Debian/GNU)",
                Biff = false,
                AppendDotMydomain = false,
                ReadmeDirectory = "no",
                CompatibilityLevel = CompatibilityLevel.Level3_6,
                SmtpdTlsCertFile = "/etc/ssl/certs/ssl-cert-snakeoil.pem",
                SmtpdTlsKeyFile = "/etc/ssl/private/ssl-cert-snakeoil.key",
                SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May,
                SmtpTlsCApath = "/etc/ssl/certs",
                SmtpTlsSecurityLevel = SmtpTlsSecurityLevel.May,
                SmtpTlsSessionCacheDatabase = "btree:${data_directory}/smtp_scache",
                SmtpdRelayRestrictions = [Restrictions.PermitMynetworks, Restrictions.PermitSaslAuthenticated, Restrictions.DeferUnauthDestination],
                Myhostname = "mail.example.org",
                AliasMaps = ["hash:/etc/aliases"],
                AliasDatabase = ["hash:/etc/aliases"],
                Myorigin = "/etc/mailname",
                Mydestination = ["$myhostname", "mail.example.org", "localhost.localdomain", "localhost"],
                Relayhost = "",
                Mynetworks = ["127.0.0.0/8", "[::ffff:127.0.0.0]/104", "[::1]/128"],
                MailboxSizeLimit = 0,
                RecipientDelimiter = "+",
                InetInterfaces = ["all"],
                InetProtocols = InetProtocols.All,
            },
            MasterCf = MasterCf.Stock.Add(
                StockServices.Maildrop, StockServices.Uucp, StockServices.Ifmail, StockServices.Bsmtp, StockServices.ScalemailBackend, StockServices.Mailman),
        },
        Tables: [],
        ExpectedFindings:
        [
            // Debian leaves VRFY on (Postfix's default), so anyone can probe which addresses exist.
            "PFX0306 disable_vrfy_command",
        ],
        OriginalWarnings: []);
}
