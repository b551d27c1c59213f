using System.Linq;
using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>
/// Pattern access tables (RegexpAccess rules): checked like access(5) actions and like patterns, and
/// used only where access(5) actions are read (PFX0328).
/// </summary>
public class RegexpAccessRuleTests
{
    private static readonly RegexpTable Senders = new()
    {
        FileName = "sender_access.pcre",
        Type = TableType.Pcre,
        Rules =
        [
            new RegexpAccess(@"@(.+\.)?top$", AccessAction.Reject("No .top senders")),
            new RegexpIf(@"@example\.org$", [new RegexpAccess("^postmaster@", AccessAction.Restrict(RejectUnknownSenderDomain))]),
        ],
    };

    private static readonly RegexpTable Headers = new()
    {
        FileName = "header_checks",
        Rules = [new RegexpMatch("^Subject: spam", HeaderAction.Reject())],
    };

    private static MailHost With(Parameters mainCf) => TestHosts.Modern(mainCf with { DisableVrfyCommand = true });

    [Fact]
    public void Access_rules_in_an_access_restriction_and_header_rules_in_header_checks_pass() =>
        Assert.Empty(HostValidator.Diagnose(With(new() { SmtpdSenderRestrictions = [CheckSenderAccess(Senders)], HeaderChecks = [Headers] })));

    [Fact]
    public void PFX0328_access_rules_in_header_checks()
    {
        var error = ValidationAssert.Single(With(new() { HeaderChecks = [Senders] }), ValidationRules.PatternRulesForAnotherPurpose);

        ValidationAssert.NamesEverything(error, "main.cf", "header_checks", "sender_access.pcre", "RegexpMatch rules with a HeaderAction");
        Assert.Contains("reads each answer as a header_checks(5) action", error.Problem);
    }

    [Fact]
    public void PFX0328_header_rules_in_an_access_restriction_of_a_service_override()
    {
        var host = With(new()) with
        {
            MasterCf = MasterCf.Stock.Add(Service.Submission(o => o with { SmtpdSenderRestrictions = [CheckSenderAccess(Headers), PermitSaslAuthenticated, Reject] })),
        };

        var error = ValidationAssert.Single(host, ValidationRules.PatternRulesForAnotherPurpose);

        ValidationAssert.NamesEverything(error, "master.cf", "service submission/inet -o smtpd_sender_restrictions", "header_checks", "RegexpAccess rules with an AccessAction");
        Assert.Contains("check_sender_access reads each answer as an access(5) action", error.Problem);
    }

    [Fact]
    public void PFX0328_header_rules_reached_through_an_access_tables_restriction_list()
    {
        var outer = new AccessTable { FileName = "clients", Entries = [new(AccessKey.Domain("example.net"), AccessAction.Restrict(CheckSenderAccess(Headers)))] };

        ValidationAssert.Single(With(new() { SmtpdClientRestrictions = [CheckClientAccess(outer)] }), ValidationRules.PatternRulesForAnotherPurpose);
    }

    [Fact]
    public void PFX0013_and_PFX0011_the_actions_of_access_rules_are_checked_like_an_access_tables()
    {
        var bad = Senders with
        {
            Rules = [new RegexpAccess("^a@", AccessAction.Reply(650, "no")), new RegexpAccess("^b@", AccessAction.Reject(" padded "))],
        };
        var findings = HostValidator.Diagnose(With(new() { SmtpdSenderRestrictions = [CheckSenderAccess(bad)] }));

        Assert.Equal("650", Assert.Single(findings, f => f.Rule == ValidationRules.InvalidReplyCode).Value);
        Assert.Equal("pattern ^b@", Assert.Single(findings, f => f.Rule == ValidationRules.SurroundingWhitespace).Location);
    }

    [Fact]
    public void PFX0308_a_pattern_the_engine_refuses() =>
        ValidationAssert.Single(With(new() { SmtpdSenderRestrictions = [CheckSenderAccess(Senders with { Rules = [new RegexpAccess("(unclosed", AccessAction.Reject())] })] }),
            ValidationRules.InvalidPattern);

    [Fact]
    public void A_restriction_list_answer_writes_its_tables_and_is_read_back()
    {
        var blocked = new AccessTable { FileName = "blocked", Entries = [new(AccessKey.Address("x@example.org"), AccessAction.Reject())] };
        var table = Senders with { Rules = [new RegexpAccess("@example\\.org$", AccessAction.Restrict(CheckSenderAccess(blocked), RejectUnknownSenderDomain))] };
        var rendered = PostfixDsl.Render(With(new() { SmtpdSenderRestrictions = [CheckSenderAccess(table)] }));

        Assert.Contains("/@example\\.org$/", rendered.File("sender_access.pcre"));
        Assert.Contains("check_sender_access hash:/etc/postfix/blocked, reject_unknown_sender_domain", rendered.File("sender_access.pcre"));
        Assert.Contains(rendered.Files, f => f.Name == "blocked");
    }
}
