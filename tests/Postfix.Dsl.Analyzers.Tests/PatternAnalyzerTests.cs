using System.Threading.Tasks;
using Xunit;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>PFX0308 in the editor: literal patterns compiled with the engine of their table's type.</summary>
public class PatternAnalyzerTests
{
    [Fact]
    public Task PFX0308_a_literal_pattern_that_regcomp_refuses_is_reported_in_a_regexp_table() => PatternVerify.Diagnostics("""
        static class Host
        {
            static RegexpTable Checks => new()
            {
                FileName = "header_checks",
                Rules =
                [
                    new RegexpMatch({|PFX0308:"^Subject: (unclosed"|}, HeaderAction.Reject()),
                    new RegexpMatch("^To: foobar", HeaderAction.Reject()),
                    new RegexpIf({|PFX0308:"^X-[a-"|}, [new RegexpMatch("ok", HeaderAction.Warn())]),
                ],
            };
        }
        """);

    [Fact]
    public Task PFX0308_uses_pcre2_for_a_pcre_table_where_perl_syntax_is_valid() => PatternVerify.Diagnostics("""
        static class Host
        {
            // (?:...) and \d are PCRE; POSIX regcomp would refuse the first.
            static RegexpTable Pcre => new()
            {
                FileName = "checks.pcre",
                Type = TableType.Pcre,
                Rules =
                [
                    new RegexpMatch("^Subject: (?:free|cheap) \\d+", HeaderAction.Reject()),
                    new RegexpMatch(new Pattern({|PFX0308:"(?<name"|}) { Flags = PatternFlags.CaseSensitive | PatternFlags.Ungreedy }, HeaderAction.Reject()),
                ],
            };

            static RegexpTable Posix => new()
            {
                FileName = "checks",
                Rules = [new RegexpMatch({|PFX0308:"^Subject: (?:free)"|}, HeaderAction.Reject())],
            };
        }
        """);

    [Fact]
    public Task PFX0308_is_silent_for_valid_patterns_and_for_rules_outside_a_table() => PatternVerify.Diagnostics("""
        static class Host
        {
            static RegexpTable Checks => new()
            {
                FileName = "regexp",
                Rules =
                [
                    new RegexpMatch("^postmaster@.*$", HeaderAction.Dunno),
                    new RegexpMatch(new Pattern("^X-Mailer: Bulk") { Flags = PatternFlags.BasicSyntax }, HeaderAction.Warn()),
                ],
            };

            // No table in sight: its type is unknown, so emit-time validation checks it.
            static RegexpRule Loose => new RegexpMatch("(unclosed", HeaderAction.Reject());
        }
        """);
}
