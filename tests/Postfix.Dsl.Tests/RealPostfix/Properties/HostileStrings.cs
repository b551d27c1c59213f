using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace Postfix.Dsl.Tests.RealPostfix.Properties;

/// <summary>
/// Hostile strings and the places they go. A string is built from every character class that has
/// changed the meaning of a file before: control characters and line separators, '#', braces, ';',
/// '=', ',', blanks, lone surrogates and valid pairs, invisible format characters, '$' expressions,
/// and very long runs — mixed with ordinary text, so that some of them are harmless and are written.
/// </summary>
internal static class HostileStrings
{
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789.-"], 1, 12],
        Gen.OneOf("\n", "\r", "\t", "\u0001", "\u007f", "\u0085", "\u2028", "\u2029"),
        Gen.OneOf("#", "{", "}", ";", "=", ",", " ", "  ", "|", ":om", "$", "${x}", "$myhostname"),
        Gen.OneOf("\uD800", "\uDC00", "🙂", "é", "中"),
        Gen.OneOf("\u200B", "\uFEFF", "\u202E"),
        Gen.Const(new string('a', 300)));

    /// <summary>A hostile string: one to six pieces.</summary>
    public static readonly Gen<string> Value = Piece.Array[1, 6].Select(string.Concat);

    /// <summary>A place in a host that holds a string, and how to put a value there.</summary>
    public sealed record Slot(string Name, Func<string, MailHost> Host);

    private static readonly MailHost Base = TestHosts.Modern(new() { Myhostname = "mail.example.com" });

    private static MailHost WithAccess(AccessEntry entry) => Base with
    {
        MainCf = Base.MainCf with
        {
            SmtpdClientRestrictions = [Restrictions.PermitMynetworks, Restrictions.CheckClientAccess(new AccessTable { FileName = "access", Entries = [entry] })],
        },
    };

    private static MailHost WithSmtp(Func<Service, Service> change) =>
        Base with { MasterCf = MasterCf.Stock.Change("smtp", ServiceType.Inet, s => change(s)) };

    /// <summary>Every string-bearing member a user sets.</summary>
    public static readonly Slot[] Slots =
    [
        new("host name", v => Base with { Name = v }),
        new("ConfigDirectory", v => WithAccess(new(AccessKey.Domain("spam.example"), AccessAction.Reject())) with { ConfigDirectory = v }),
        new("main.cf scalar (smtpd_banner)", v => Base with { MainCf = Base.MainCf with { SmtpdBanner = "$myhostname " + v } }),
        new("main.cf host name (myhostname)", v => Base with { MainCf = Base.MainCf with { Myhostname = v } }),
        new("main.cf list item (mydestination)", v => Base with { MainCf = Base.MainCf with { Mydestination = ["a.example", v, .. Enumerable.Range(0, 6).Select(i => $"host{i}.example.org")] } }),
        new("unlisted parameter value", v => Base with { MainCf = Base.MainCf with { SmtpdBanner = "$myhostname ${x_custom}", Unlisted = [new("x_custom", v) { Intended = true }] } }),
        new("RBL domain", v => Base with { MainCf = Base.MainCf with { SmtpdClientRestrictions = [Restrictions.PermitMynetworks, Restrictions.RejectRblClient(v)] } }),
        new("access key", v => WithAccess(new(AccessKey.Address(v), AccessAction.Reject()))),
        new("access action text", v => WithAccess(new(AccessKey.Domain("spam.example"), AccessAction.Reject(v)))),
        new("table file name", v => Base with
        {
            MainCf = Base.MainCf with { SmtpdClientRestrictions = [Restrictions.PermitMynetworks, Restrictions.CheckClientAccess(new AccessTable { FileName = v, Entries = [new(AccessKey.Domain("spam.example"), AccessAction.Reject())] })] },
        }),
        new("regexp pattern", v => Base with { MainCf = Base.MainCf with { HeaderChecks = [new RegexpTable { FileName = "header_checks", Rules = [new RegexpMatch(v, HeaderAction.Reject("no"))] }] } }),
        new("regexp action text", v => Base with { MainCf = Base.MainCf with { HeaderChecks = [new RegexpTable { FileName = "header_checks", Rules = [new RegexpMatch("^Subject: spam", HeaderAction.Reject(v))] }] } }),
        new("master.cf argument", v => WithSmtp(s => s with { Arguments = [v, "-v"] })),
        new("master.cf -o value", v => WithSmtp(s => s with { Overrides = new() { SmtpdBanner = "$myhostname " + v }, Arguments = ["-v"] })),
        new("syslog destination", v => Base with { SyslogConf = new() { Rules = [new() { Selectors = [SyslogSelector.Of(SyslogFacility.Mail, SyslogPriority.Info)], File = "/var/log/" + v }] } }),
    ];

    public static readonly Gen<(Slot Slot, string Value)> Case = Gen.Select(Gen.OneOf(Slots.Select(Gen.Const).ToArray()), Value);
}
