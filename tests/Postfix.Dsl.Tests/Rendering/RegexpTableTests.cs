using Xunit;

namespace Postfix.Dsl.Tests.Rendering;

public class RegexpTableTests
{
    private static string Render(RegexpTable table) =>
        PostfixDsl.Render(TestHosts.Minimal with { MainCf = TestHosts.Minimal.MainCf with { HeaderChecks = [table] } }).File(table.FileName);

    [Fact]
    public void Every_header_action_negation_flag_delimiter_and_if_block_is_written_as_header_checks_5_expects()
    {
        var table = new RegexpTable
        {
            FileName = "header_checks",
            Rules =
            [
                new RegexpMatch("^postmaster@.*$", HeaderAction.Ok),
                new RegexpMatch("^To: foobar", HeaderAction.Reject()),
                new RegexpMatch("^Subject: .*viagra", HeaderAction.Reject("5.7.1 Spam")),
                new RegexpMatch(new Pattern("^X-Mailer: Bulk") { Flags = PatternFlags.CaseSensitive }, HeaderAction.Warn("bulk mailer")),
                new RegexpMatch(new Pattern("^Received: from .*/localhost") { Delimiter = '#' }, HeaderAction.Ignore),
                new RegexpMatch(new Pattern("^Content-Type:") { Negated = true, Flags = PatternFlags.MultiLine | PatternFlags.BasicSyntax }, HeaderAction.Dunno),
                new RegexpIf("^Subject:",
                [
                    new RegexpMatch("\\[SPAM\\]", HeaderAction.Hold("tagged as spam")),
                    new RegexpMatch("lottery", HeaderAction.Discard()),
                ]),
                new RegexpMatch("^X-Original-To: (.*)", HeaderAction.Prepend("X-Was-To: $1")),
                new RegexpMatch("^X-Spam-Flag: YES", HeaderAction.Replace("X-Spam-Flag: checked")),
                new RegexpMatch("^X-Forward-To:", HeaderAction.Redirect("review@example.com")),
                new RegexpMatch("^X-Scan-Me:", HeaderAction.Filter("smtp:[127.0.0.1]:10025")),
                new RegexpMatch("^X-Archive:", HeaderAction.Bcc("archive@example.com")),
                new RegexpMatch("^X-Info:", HeaderAction.Info("seen")),
                new RegexpMatch("^X-Trusted:", HeaderAction.Pass),
                new RegexpMatch("^X-Internal:", HeaderAction.Strip("internal header removed")),
            ],
        };

        Snapshot.Verify("header-actions", "header_checks", Render(table));
    }

    [Fact]
    public void A_pcre_table_writes_the_pcre_flag_letters()
    {
        var table = new RegexpTable
        {
            FileName = "header_checks.pcre",
            Type = TableType.Pcre,
            Rules =
            [
                new RegexpMatch(
                    new Pattern("^Subject: (?:free|cheap) pills")
                    {
                        Flags = PatternFlags.CaseSensitive | PatternFlags.MultiLine | PatternFlags.DotExcludesNewline
                            | PatternFlags.FreeSpacing | PatternFlags.Anchored | PatternFlags.DollarEndOnly | PatternFlags.Ungreedy,
                    },
                    HeaderAction.Reject()),
            ],
        };

        Snapshot.Verify("header-actions", "header_checks.pcre", Render(table));
    }

    [Fact]
    public void The_reference_uses_the_table_type() =>
        Assert.Contains(
            "header_checks = pcre:/etc/postfix/checks",
            PostfixDsl.Render(TestHosts.Minimal with
            {
                MainCf = TestHosts.Minimal.MainCf with { HeaderChecks = [new RegexpTable { FileName = "checks", Type = TableType.Pcre, Rules = [new RegexpMatch("x", HeaderAction.Warn())] }] },
            }).File("main.cf").Split('\n'));
}
