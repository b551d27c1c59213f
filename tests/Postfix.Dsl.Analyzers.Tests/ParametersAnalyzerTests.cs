using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>Each rule of <see cref="ParametersAnalyzer"/> fires on the literal that breaks it and stays silent otherwise.</summary>
public class ParametersAnalyzerTests
{
    /// <summary>A main.cf that no rule objects to; each test changes one thing.</summary>
    private static string Host(string mainCf) => $$"""
        static class Host
        {
            static MailHost Definition => new()
            {
                Name = "test",
                MainCf = new()
                {
                    CompatibilityLevel = CompatibilityLevel.Level3_6,
                    DisableVrfyCommand = true,
                    {{mainCf}}
                },
            };
        }
        """;

    private static string Overrides(string parameters) => $$"""
        static class Host
        {
            static Parameters Overrides => new() { {{parameters}} };
        }
        """;

    [Fact]
    public Task A_clean_main_cf_has_no_diagnostic() => ParametersVerify.Diagnostics(Host("""
        Myhostname = "mail.example.com",
        Mynetworks = ["192.168.0.0/24", "127.0.0.0/8", "[::1]/128", "$myhostname"],
        SmtpdRelayRestrictions = [PermitMynetworks, RejectUnauthDestination],
        SmtpdClientRestrictions = [PermitMynetworks, RejectUnknownClientHostname, RejectRblClient("zen.spamhaus.org")],
        SmtpdBanner = "$myhostname ESMTP $mail_name",
        """));

    [Fact]
    public Task PFX0002_an_invalid_network_literal() => ParametersVerify.Diagnostics(Host("""
        Mynetworks = ["192.168.0.0/24", {|PFX0002:"10.0.0.0/33"|}, {|PFX0002:"192.168.1.1/24"|}],
        """));

    [Fact]
    public Task PFX0003_an_invalid_host_name_literal() => ParametersVerify.Diagnostics(Host("""
        Myhostname = {|PFX0003:"mail_server.example.com"|},
        Mydomain = "example.com",
        """));

    /// <summary>Debian's installer writes <c>myorigin = /etc/mailname</c>: its Postfix reads the name from that file.</summary>
    [Fact]
    public Task PFX0003_is_silent_for_myorigin_read_from_a_file_but_not_for_myhostname() => ParametersVerify.Diagnostics(Host("""
        Myorigin = "/etc/mailname",
        Myhostname = {|PFX0003:"/etc/mailname"|},
        """));

    /// <summary>
    /// Every parameter the catalog calls a host name, a domain or a domain list, taken from the compiled
    /// library's <see cref="PostfixParameterAttribute"/> (not from a list kept here), gets PFX0003 for a bad literal.
    /// </summary>
    [Fact]
    public Task PFX0003_on_every_host_name_and_domain_parameter_of_the_catalog()
    {
        var properties = typeof(Parameters).GetProperties()
            .Select(p => (p.Name, Attribute: p.GetCustomAttributes(typeof(PostfixParameterAttribute), false).OfType<PostfixParameterAttribute>().SingleOrDefault()))
            .Where(p => p.Attribute?.Kind is ParameterKind.HostName or ParameterKind.DomainName or ParameterKind.DomainList)
            .Where(p => typeof(Parameters).GetProperty(p.Name)!.GetCustomAttributes(typeof(System.ObsoleteAttribute), false).Length == 0)
            .ToList();
        Assert.True(properties.Count >= 12, $"only {properties.Count} host-name and domain parameters: {string.Join(", ", properties.Select(p => p.Name))}");

        var assignments = string.Join("\n", properties.Select(p => p.Attribute!.Kind == ParameterKind.DomainList
            ? $"{p.Name} = [\"example.com\", {{|PFX0003:\"bad_name.example\"|}}],"
            : $"{p.Name} = {{|PFX0003:\"bad_name.example\"|}},"));
        return ParametersVerify.Diagnostics(Overrides(assignments));
    }

    [Fact]
    public Task PFX0003_invalid_domains_in_domain_lists_and_dns_list_arguments() => ParametersVerify.Diagnostics(Overrides("""
        RelayDomains = ["domain.fr", ".sub.example.com", "$mydomain", "hash:/etc/postfix/relay", {|PFX0003:"bad_domain.fr"|}],
        Mydestination = ["$myhostname", "localhost", {|PFX0003:"-dash.example"|}],
        SmtpdClientRestrictions = [PermitMynetworks, RejectRblClient("zen.spamhaus.org=127.0.0.2"), {|PFX0003:RejectRblClient("zen_spamhaus.org")|}],
        """));

    [Fact]
    public Task PFX0006_relay_restrictions_without_a_stop() => ParametersVerify.Diagnostics("""
        static class Host
        {
            static MailHost Definition => new()
            {
                Name = "test",
                MainCf = {|PFX0006:new|}()
                {
                    DisableVrfyCommand = true,
                    SmtpdRelayRestrictions = [PermitMynetworks, PermitSaslAuthenticated],
                },
            };
        }
        """);

    [Fact]
    public Task PFX0006_no_relay_restrictions_below_compatibility_level_1() => ParametersVerify.Diagnostics("""
        static class Host
        {
            static MailHost Definition => new() { Name = "test", MainCf = {|PFX0006:new|}() { DisableVrfyCommand = true } };
        }
        """);

    [Fact]
    public Task PFX0006_is_silent_with_a_stop_in_either_list_or_the_modern_default() => ParametersVerify.Diagnostics("""
        static class Host
        {
            static MailHost A => new() { Name = "a", MainCf = new() { DisableVrfyCommand = true, SmtpdRecipientRestrictions = [PermitMynetworks, RejectUnauthDestination] } };
            static MailHost B => new() { Name = "b", MainCf = new() { DisableVrfyCommand = true, SmtpdRelayRestrictions = [Reject] } };
            static MailHost C => new() { Name = "c", MainCf = new() { DisableVrfyCommand = true, CompatibilityLevel = CompatibilityLevel.Level1 } };
        }
        """);

    [Fact]
    public Task PFX0006_is_left_to_emit_time_when_a_list_is_not_literal() => ParametersVerify.Diagnostics("""
        static class Host
        {
            static System.Collections.Generic.IReadOnlyList<Restriction> Relay { get; } = [PermitMynetworks];
            static MailHost Definition => new() { Name = "test", MainCf = new() { DisableVrfyCommand = true, SmtpdRelayRestrictions = Relay } };
        }
        """);

    [Fact]
    public Task PFX0007_mynetworks_wider_than_a_slash_8() => ParametersVerify.Diagnostics(Host("""
        Mynetworks = [{|PFX0007:"0.0.0.0/0"|}, "10.0.0.0/8", "!0.0.0.0/0"],
        """));

    [Fact]
    public Task PFX0300_obsolete_restrictions_in_any_parameters() => ParametersVerify.Diagnostics(Overrides("""
        SmtpdHeloRestrictions = [{|PFX0300:RejectInvalidHostname|}, RejectNonFqdnHeloHostname, {|PFX0300:Restrictions.RejectUnknownHostname|}],
        SmtpdClientRestrictions = [PermitMynetworks, {|PFX0300:RejectRbl("zen.spamhaus.org")|}, {|PFX0300:PermitNakedIpAddress|}],
        """));

    [Fact]
    public Task PFX0301_obsolete_parameters() => ParametersVerify.Diagnostics(Overrides("""
        {|PFX0301:SmtpdUseTls|} = true, {|PFX0301:SmtpdEnforceTls|} = false, SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.May,
        """));

    [Fact]
    public Task PFX0303_restrictions_after_an_unconditional_permit() => ParametersVerify.Diagnostics(Overrides("""
        SmtpdSenderRestrictions = [Permit, {|PFX0303:RejectNonFqdnSender, RejectUnknownSenderDomain|}],
        SmtpdRecipientRestrictions = [RejectNonFqdnRecipient, Reject],
        """));

    [Fact]
    public Task PFX0304_dns_checks_before_permit_mynetworks() => ParametersVerify.Diagnostics(Overrides("""
        SmtpdClientRestrictions = [{|PFX0304:RejectUnknownReverseClientHostname|}, {|PFX0304:RejectRblClient("zen.spamhaus.org")|}, PermitMynetworks],
        SmtpdSenderRestrictions = [PermitMynetworks, RejectUnknownSenderDomain],
        SmtpdHeloRestrictions = [RejectUnknownHeloHostname],
        """));

    [Fact]
    public Task PFX0304_ordering_is_not_judged_when_an_element_is_not_a_literal_restriction() => ParametersVerify.Diagnostics("""
        static class Host
        {
            static Restriction Mine { get; } = PermitMynetworks;
            static Parameters Overrides => new() { SmtpdClientRestrictions = [RejectUnknownClientHostname, Mine, PermitMynetworks] };
        }
        """);

    [Fact]
    public Task PFX0305_a_banner_that_reveals_the_version_or_lacks_the_host_name() => ParametersVerify.Diagnostics("""
        static class Host
        {
            static Parameters A => new() { SmtpdBanner = {|PFX0305:"ESMTP $mail_name ($mail_version)"|} };
            static Parameters B => new() { SmtpdBanner = {|PFX0305:"ESMTP ready"|} };
            static Parameters C => new() { SmtpdBanner = "${myhostname} ESMTP" };
        }
        """);

    [Fact]
    public Task PFX0306_vrfy_left_on_in_a_hosts_main_cf() => ParametersVerify.Diagnostics("""
        static class Host
        {
            static MailHost A => new() { Name = "a", MainCf = {|PFX0306:new|}() { CompatibilityLevel = CompatibilityLevel.Level3_6 } };
            static MailHost B => new() { Name = "b", MainCf = new() { CompatibilityLevel = CompatibilityLevel.Level3_6, DisableVrfyCommand = {|PFX0306:false|} } };
            static Parameters NotAMainCf => new() { DisableVrfyCommand = false };
        }
        """);

    [Fact]
    public Task A_with_expression_on_parameters_is_checked_for_what_it_states() => ParametersVerify.Diagnostics("""
        static class Host
        {
            static Parameters Main { get; } = new() { Myhostname = "mail.example.com" };
            static Parameters Changed => Main with { SmtpdClientRestrictions = [{|PFX0304:RejectUnknownClientHostname|}, PermitMynetworks], Mynetworks = [{|PFX0007:"0.0.0.0/0"|}] };
        }
        """);
}
