using System;
using System.IO;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl;

/// <summary>
/// What the build's emit server runs once when it starts, so that its first emit is as quick as the
/// ones after: the build's path (<see cref="PostfixDslBuild.Run"/>: validate, render, read back,
/// write, compare) through a host of the usual kinds of settings and tables, written into a temporary
/// folder that is deleted afterwards. It leaves nothing behind but compiled code and parsed templates.
/// </summary>
internal static class BuildWarmUp
{
    public static void Run()
    {
        var root = Directory.CreateTempSubdirectory("postfix-dsl-warm-up-").FullName;
        try
        {
            var definition = new HostDefinition(Host, new SourceSpot("WarmUp.cs", 1, 1), []);
            var output = Path.Combine(root, "postfix");
            string[] arguments = ["--output", output, "--project-dir", root];
            PostfixDslBuild.Run([definition], arguments, TextWriter.Null);
            // The second emit of an unchanged project: everything compared, nothing written.
            PostfixDslBuild.Run([definition], arguments, TextWriter.Null);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The host it emits: valid, so that every step runs (a host with an error stops before rendering).</summary>
    internal static MailHost Host()
    {
        var access = new AccessTable
        {
            FileName = "access",
            Entries =
            [
                new(AccessKey.Domain("spam.example"), AccessAction.Reject()),
                new(AccessKey.IpPrefix("192.0.2"), AccessAction.Reject()),
            ],
        };
        var headers = new RegexpTable
        {
            FileName = "header_checks",
            Rules = [new RegexpMatch("^Subject: warm-up", HeaderAction.Reject())],
        };
        return new MailHost
        {
            Name = "warm-up",
            MainCf = new()
            {
                CompatibilityLevel = CompatibilityLevel.Level3_6,
                Myhostname = "mx.example.org",
                Mydomain = "example.org",
                Myorigin = "$mydomain",
                Mydestination = ["$myhostname", "localhost"],
                Mynetworks = ["127.0.0.0/8", "[::1]/128"],
                RelayDomains = ["example.net"],
                SmtpdRelayRestrictions = [PermitMynetworks, RejectUnauthDestination],
                SmtpdClientRestrictions = [PermitMynetworks, RejectUnknownClientHostname, CheckClientAccess(access), RejectRblClient("zen.spamhaus.org")],
                SmtpdSenderRestrictions = [RejectUnknownSenderDomain, RejectNonFqdnSender],
                HeaderChecks = [headers],
                AliasMaps = ["hash:/etc/aliases"],
                AliasDatabase = ["hash:/etc/aliases"],
                SmtpdBanner = "$myhostname ESMTP",
                DisableVrfyCommand = true,
            },
            MasterCf = MasterCf.Stock.Change("qmgr", ServiceType.Unix, qmgr => qmgr with { Chroot = true }),
            SyslogConf = SyslogConf.ForFacility(SyslogFacility.Mail),
        };
    }
}
