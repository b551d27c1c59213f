using System.Linq;
using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// $name expressions wherever Postfix expands them, and parameter objects of the host's own: what is
/// written is what the model says, and the real postconf expands it to what the model means.
/// </summary>
public class ExpressionTests
{
    private static readonly RestrictionListParameter MuaSender = new("mua_sender_restrictions", [RejectAuthenticatedSenderLoginMismatch, PermitSaslAuthenticated, Reject]);

    [Fact]
    public void A_typed_scalar_takes_the_stress_idiom_and_postconf_expands_it()
    {
        PostfixTools.Require();
        var host = TestHosts.Modern(new()
        {
            SmtpdHardErrorLimit = Expansion.IfSet(ParameterCatalog.Stress, "1") + Expansion.IfUnset(ParameterCatalog.Stress, "5"),
            SmtpdSoftErrorLimit = 3,
            SmtpdHeloRequired = Expansion.Parse("${stress?yes}${stress:no}"),
        });

        using var config = RenderedConfig.Write(host);
        var mainCf = config.Rendered.File("main.cf");

        Assert.Contains("\nsmtpd_hard_error_limit = ${stress?1}${stress:5}\n", mainCf);
        Assert.Contains("\nsmtpd_soft_error_limit = 3\n", mainCf);
        var expanded = PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-xh", "smtpd_hard_error_limit", "smtpd_helo_required");
        Assert.Equal("", expanded.Stderr);
        Assert.Equal("5\nno\n", expanded.Stdout);
    }

    [Fact]
    public void A_literal_reads_back_typed_and_an_expression_is_not_a_literal()
    {
        var parameters = new Parameters { SmtpdHardErrorLimit = 20, SmtpdSoftErrorLimit = Expansion.Parse("${stress?1}${stress:3}") };

        Assert.Equal(20, parameters.SmtpdHardErrorLimit?.Value);
        Assert.Null(parameters.SmtpdSoftErrorLimit?.Literal);
        Assert.Equal("${stress?1}${stress:3}", parameters.SmtpdSoftErrorLimit?.Expansion?.Text);
        Assert.Equal(new Parameters { SmtpdHardErrorLimit = 20 }, new Parameters { SmtpdHardErrorLimit = 20 });
    }

    [Fact]
    public void A_restriction_list_of_the_hosts_own_is_defined_once_and_referenced_from_main_cf_and_master_cf()
    {
        PostfixTools.Require();
        var host = TestHosts.Modern(new() { DisableVrfyCommand = true, SmtpdSenderRestrictions = [PermitMynetworks, MuaSender] }) with
        {
            MasterCf = MasterCf.Stock.Add(new Service
            {
                Name = "submission", Type = ServiceType.Inet, Private = false, Command = "smtpd",
                Overrides = new() { SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt, SmtpdSaslAuthEnable = true, SmtpdSenderRestrictions = [MuaSender] },
            }),
        };
        Assert.Empty(HostValidator.Diagnose(host));

        using var config = RenderedConfig.Write(host);
        var masterCf = config.Rendered.File("master.cf");

        Assert.Equal("reject_authenticated_sender_login_mismatch permit_sasl_authenticated reject", Written(config, "mua_sender_restrictions"));
        Assert.Equal("permit_mynetworks, $mua_sender_restrictions", Written(config, "smtpd_sender_restrictions"));
        Assert.Contains("  -o smtpd_tls_security_level=encrypt\n  -o smtpd_sasl_auth_enable=yes\n  -o smtpd_sender_restrictions=$mua_sender_restrictions\n", masterCf);
        // postconf warns about neither an unused nor an undefined parameter, and expands the use.
        var expanded = PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-x", "smtpd_sender_restrictions");
        var services = PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-P");
        Assert.Equal("", expanded.Stderr + services.Stderr);
        Assert.Equal(["smtpd_sender_restrictions", "=", "permit_mynetworks", "reject_authenticated_sender_login_mismatch", "permit_sasl_authenticated", "reject"],
            expanded.Stdout.Split([' ', ',', '\n'], System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("submission/inet/smtpd_sender_restrictions = $mua_sender_restrictions\n", services.Stdout);
    }

    [Fact]
    public void Relay_checks_see_through_a_list_of_the_hosts_own()
    {
        var open = new RestrictionListParameter("relay_policy", [PermitMynetworks, PermitSaslAuthenticated]);
        var closed = open with { };
        var closing = new RestrictionListParameter("relay_policy", [PermitMynetworks, RejectUnauthDestination]);

        Assert.Contains(HostValidator.Validate(TestHosts.WithMainCf(new() { SmtpdRelayRestrictions = [open] })), f => f.Rule == ValidationRules.OpenRelay);
        Assert.DoesNotContain(HostValidator.Validate(TestHosts.WithMainCf(new() { SmtpdRelayRestrictions = [closing] })), f => f.Rule == ValidationRules.OpenRelay);
        Assert.Equal(open, closed);
    }

    [Fact]
    public void A_restriction_class_is_defined_listed_and_usable_as_an_access_action_and_as_a_restriction()
    {
        PostfixTools.Require();
        var strict = new RestrictionClass("strict_senders", [RejectUnverifiedSender, RejectNonFqdnSender]);
        var access = new AccessTable { FileName = "sender_access", Entries = [new(AccessKey.Domain("example.com"), strict)] };
        var host = TestHosts.Modern(new() { DisableVrfyCommand = true, SmtpdSenderRestrictions = [CheckSenderAccess(access)], SmtpdRecipientRestrictions = [PermitMynetworks, strict, RejectUnauthDestination] });
        Assert.DoesNotContain(HostValidator.Diagnose(host), f => f.Severity != ValidationSeverity.Info);

        using var config = RenderedConfig.Write(host);

        Assert.Equal("strict_senders", Written(config, "smtpd_restriction_classes"));
        Assert.Equal("reject_unverified_sender, reject_non_fqdn_sender", Written(config, "strict_senders"));
        Assert.Equal("permit_mynetworks strict_senders reject_unauth_destination", Written(config, "smtpd_recipient_restrictions"));
        Assert.Contains("example.com", config.Rendered.File("sender_access"));
        var check = PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-n");
        Assert.Equal("", check.Stderr);
        var lookup = PostfixTools.Run(PostfixTools.Postmap, "-c", config.Directory, "-q", "example.com", "texthash:" + config.PathOf("sender_access")).AssertCleanSuccess();
        Assert.Equal("strict_senders\n", lookup.Stdout);
    }

    [Fact]
    public void Table_lists_take_expansions_and_tables_of_the_hosts_own()
    {
        PostfixTools.Require();
        var headers = new RegexpTable { FileName = "smtp_header_checks", Rules = [new RegexpMatch("^Received:", HeaderAction.Ignore)] };
        var smtpHeaderChecks = new TableListParameter("smtp_header_checks_list", [headers]);
        var host = TestHosts.Modern(new()
        {
            VirtualAliasMaps = ["hash:/etc/postfix/virtual"],
            ProxyReadMaps = [Expansion.Of(ParameterCatalog.VirtualAliasMaps), Expansion.Of(ParameterCatalog.LocalRecipientMaps)],
        }) with
        {
            MasterCf = MasterCf.Stock.Change("smtp", ServiceType.Unix, s => s with { Overrides = new() { SmtpHeaderChecks = [smtpHeaderChecks] } }),
        };

        using var config = RenderedConfig.Write(host);

        Assert.Contains("\nproxy_read_maps = $virtual_alias_maps, $local_recipient_maps\n", config.Rendered.File("main.cf"));
        Assert.Contains("\nsmtp_header_checks_list = regexp:" + config.Directory + "/smtp_header_checks\n", config.Rendered.File("main.cf"));
        Assert.Contains("smtp_header_checks", config.Rendered.Files.Select(f => f.Name));
        var check = PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-x", "proxy_read_maps");
        Assert.Equal("", check.Stderr);
        Assert.StartsWith("proxy_read_maps = hash:/etc/postfix/virtual,", check.Stdout);
    }

    [Fact]
    public void Two_different_definitions_of_one_name_are_refused()
    {
        var first = new RestrictionListParameter("policy", [Reject]);
        var second = new RestrictionListParameter("policy", [Permit]);
        var host = TestHosts.Modern(new() { SmtpdSenderRestrictions = [first], SmtpdClientRestrictions = [second] });

        var error = Assert.Single(HostValidator.Validate(host), f => f.Rule == ValidationRules.ParameterWrittenTwice);
        Assert.Equal("policy", error.Location);
    }

    [Fact]
    public void Overrides_keep_the_order_the_model_gives_them_and_with_appends()
    {
        var overrides = new Parameters { SyslogName = "postfix/submission", SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt, SmtpdSaslAuthEnable = true };
        var later = overrides with { MilterMacroDaemonName = "ORIGINATING", SyslogName = "postfix/sub" };

        Assert.Equal(["syslog_name", "smtpd_tls_security_level", "smtpd_sasl_auth_enable"], overrides.InModelOrder.Select(s => s.Name));
        Assert.Equal(["syslog_name", "smtpd_tls_security_level", "smtpd_sasl_auth_enable", "milter_macro_daemon_name"], later.InModelOrder.Select(s => s.Name));
        Assert.Equal(["milter_macro_daemon_name", "smtpd_sasl_auth_enable", "smtpd_tls_security_level", "syslog_name"], later.Settings.Select(s => s.Name));
        Assert.Equal(overrides with { SyslogName = "postfix/sub" }, new Parameters { SmtpdSaslAuthEnable = true, SmtpdTlsSecurityLevel = SmtpdTlsSecurityLevel.Encrypt, SyslogName = "postfix/sub" });
    }

    // The value as main.cf writes it, unexpanded: a list that wraps has one item per line, which postconf joins with a blank.
    private static string Written(RenderedConfig config, string name) =>
        PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-h", name).Stdout.TrimEnd('\n');
}

/// <summary>The lists Postfix splits without <c>{ }</c> grouping, as its own defaults show.</summary>
public class UngroupedListTests
{
    [Theory]
    [InlineData("milter_connect_macros")]
    [InlineData("milter_helo_macros")]
    [InlineData("milter_mail_macros")]
    [InlineData("milter_rcpt_macros")]
    public void Postfixs_own_default_holds_braced_macro_names_so_the_list_is_not_grouped(string name)
    {
        PostfixTools.Require();
        var defaults = Postconf.Run(string.Empty, string.Empty, "-d", name);

        Assert.True(UngroupedLists.Contains(name));
        Assert.Matches(@"(^| )\{[a-z_]+\}( |$)", defaults.Parameters[name]);
    }

    [Fact]
    public void A_macro_list_keeps_its_braces_from_model_to_file_to_reader()
    {
        var host = TestHosts.Modern(new() { DisableVrfyCommand = true, MilterMailMacros = ["i", "{mail_addr}", "{auth_authen}"] });

        var rendered = PostfixDsl.Render(host);

        Assert.Contains("milter_mail_macros = i, {mail_addr}, {auth_authen}", rendered.File("main.cf").Split('\n'));
        Assert.DoesNotContain(HostValidator.Diagnose(host), f => f.Rule == ValidationRules.Unwritable);
    }
}
