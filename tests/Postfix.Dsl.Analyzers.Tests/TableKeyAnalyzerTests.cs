using System.Threading.Tasks;
using Xunit;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>PFX0024 in the editor: a literal key written twice in an access or transport table.</summary>
public class TableKeyAnalyzerTests
{
    [Fact]
    public Task PFX0024_a_repeated_access_key_is_reported_at_the_repetition_ignoring_case() => TableKeyVerify.Diagnostics("""
        static class Host
        {
            static AccessTable Access => new()
            {
                FileName = "access",
                Entries =
                [
                    new(AccessKey.Domain("spam.com"), AccessAction.Reject()),
                    new(AccessKey.Address("valide@domain.com"), AccessAction.Ok),
                    new AccessEntry({|PFX0024:AccessKey.Domain("Spam.COM")|}, AccessAction.Ok),
                    new(AccessKey.NullSender, AccessAction.Ok),
                    new({|PFX0024:AccessKey.NullSender|}, AccessAction.Reject()),
                ],
            };
        }
        """);

    [Fact]
    public Task PFX0024_a_repeated_transport_key_is_reported_too() => TableKeyVerify.Diagnostics("""
        static class Host
        {
            static TransportTable Transport => new()
            {
                FileName = "transport",
                Entries =
                [
                    new(TransportKey.Domain("example.org"), TransportRoute.Relay(Nexthop.Host("mailstore.example.org"))),
                    new(TransportKey.Subdomains("example.org"), TransportRoute.Relay(Nexthop.Host("mailstore.example.org"))),
                    new({|PFX0024:TransportKey.Domain("example.org")|}, TransportRoute.Smtp()),
                ],
            };
        }
        """);

    [Fact]
    public Task PFX0024_is_silent_for_distinct_keys_and_for_keys_that_are_not_literals() => TableKeyVerify.Diagnostics("""
        static class Host
        {
            static string Computed => "spam.com";

            static AccessTable Access => new()
            {
                FileName = "access",
                Entries =
                [
                    new(AccessKey.Domain("spam.com"), AccessAction.Reject()),
                    new(AccessKey.User("spam.com"), AccessAction.Reject()),
                    new(AccessKey.Domain(Computed), AccessAction.Ok),
                ],
            };

            static RegexpTable NotKeyed => new()
            {
                FileName = "regexp",
                Rules = [new RegexpMatch("^To: a", HeaderAction.Reject()), new RegexpMatch("^To: a", HeaderAction.Reject())],
            };
        }
        """);
}
