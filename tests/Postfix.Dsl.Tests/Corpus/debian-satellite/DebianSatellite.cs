namespace Postfix.Dsl.Tests.Corpus;

/// <summary>
/// What Debian 12's postfix package configures for a "Satellite system": all mail goes out through
/// a smarthost, nothing is received from the network. See SOURCE.md.
/// </summary>
internal static class DebianSatellite
{
    // The installer writes the same main.cf as for an Internet Site, with a relay host and only the
    // loopback interface: a satellite differs from it in exactly these settings.
    public static CorpusCase Case { get; } = new(
        "debian-satellite",
        DebianInternetSite.Case.Host with
        {
            Name = "satellite",
            MainCf = DebianInternetSite.Case.Host.MainCf with
            {
                Myhostname = "host.example.org",
                Mydestination = ["$myhostname", "host.example.org", "localhost.localdomain", "localhost"],
                Relayhost = "[smtp.example.org]:587",
                InetInterfaces = ["loopback-only"],
            },
        },
        Tables: [],
        ExpectedFindings:
        [
            // VRFY stays on (Postfix's default); on the loopback interface only local users can probe.
            "PFX0306 disable_vrfy_command",
        ],
        OriginalWarnings: []);
}
