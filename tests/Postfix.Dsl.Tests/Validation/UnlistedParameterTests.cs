using System.Linq;
using Postfix.Dsl.Tests.RealPostfix;
using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>The escape hatch: PFX0200 (warning), PFX0201, and a name that cannot be written (PFX0016).</summary>
public class UnlistedParameterTests
{
    // VRFY disabled so that the PFX0306 warning does not join the findings under test.
    private static MailHost With(params UnlistedParameter[] unlisted) =>
        TestHosts.WithMainCf(TestHosts.Minimal.MainCf with { Unlisted = unlisted, DisableVrfyCommand = true });

    [Fact]
    public void PFX0200_the_articles_relay_domain_can_only_be_written_through_the_escape_hatch_and_is_warned_about()
    {
        var host = With(new UnlistedParameter("relay_domain", "domain.fr"));

        var warning = ValidationAssert.SingleFinding(host, ValidationRules.UnlistedParameter);
        ValidationAssert.NamesEverything(warning, "main.cf", "relay_domain", "relay_domain", "Intended = true");
        Assert.Equal(ValidationSeverity.Warning, warning.Rule.Severity);

        // A warning does not stop the host: it is written, and the warning comes with the result.
        var rendered = PostfixDsl.Render(host);
        Assert.Contains("relay_domain = domain.fr", rendered.File("main.cf").Split('\n'));
        Assert.Equal(["PFX0200"], rendered.Warnings.Select(w => w.Rule.Id));
    }

    [Fact]
    public void A_host_with_errors_counts_only_the_errors_and_marks_the_warnings()
    {
        var host = With(new UnlistedParameter("relay_domain", "domain.fr"), new UnlistedParameter("relay domains", "domain.fr") { Intended = true });

        var exception = Assert.Throws<PostfixValidationException>(() => PostfixDsl.Render(host));

        Assert.StartsWith("1 validation error(s); nothing was written:", exception.Message);
        Assert.Contains("  warning: PFX0200:", exception.Message);
        Assert.Equal(["PFX0200", "PFX0016"], exception.Errors.Select(e => e.Rule.Id));
    }

    [Fact]
    public void PFX0200_is_silent_for_a_name_main_cf_or_master_cf_refers_to()
    {
        var host = With(new UnlistedParameter("mua_client_restrictions", "permit_sasl_authenticated, reject")) with
        {
            MasterCf = MasterCf.Stock.Change("smtp", ServiceType.Inet, s => s with { Overrides = new() { SmtpdClientRestrictions = [Restriction.Expand(Expansion.Parse("$mua_client_restrictions"))] } }),
        };

        ValidationAssert.NoFinding(host, ValidationRules.UnlistedParameter);
    }

    [Fact]
    public void A_parameter_object_named_like_a_postfix_parameter_is_refused()
    {
        var clash = new RestrictionListParameter("smtpd_client_restrictions", [Restrictions.Reject]);
        var error = ValidationAssert.Single(With() with { MainCf = With().MainCf with { SmtpdSenderRestrictions = [clash] } }, ValidationRules.ParameterWrittenTwice);
        Assert.Contains("Parameters.SmtpdClientRestrictions", error.Expected);
    }

    [Fact]
    public void PFX0200_is_silenced_by_marking_the_parameter_intended() =>
        ValidationAssert.Valid(With(new UnlistedParameter("mua_client_restrictions", "permit_sasl_authenticated, reject") { Intended = true }));

    [Fact]
    public void PFX0200_applies_to_overrides_too_and_the_override_is_written()
    {
        var host = TestHosts.Minimal with
        {
            MasterCf = MasterCf.Stock.Change("relay", ServiceType.Unix, s => s with { Overrides = s.Overrides with { Unlisted = [new("smtp_helo_tiemout", "5s")] } }),
        };

        var warning = ValidationAssert.SingleFinding(host, ValidationRules.UnlistedParameter);
        Assert.Equal("service relay/unix -o smtp_helo_tiemout", warning.Location);
        Assert.Contains("  -o smtp_helo_tiemout=5s", PostfixDsl.Render(host).File("master.cf").Split('\n'));
    }

    [Fact]
    public void PFX0201_a_catalog_parameter_set_raw_is_a_warning_that_names_its_typed_property()
    {
        var warning = ValidationAssert.SingleFinding(With(new UnlistedParameter("relay_domains", "domain.fr")), ValidationRules.UnlistedButCataloged);
        ValidationAssert.NamesEverything(warning, "main.cf", "relay_domains", "relay_domains", "Parameters.RelayDomains");
        Assert.Equal(ValidationSeverity.Warning, warning.Rule.Severity);
    }

    /// <summary>
    /// The seed's <c>mail_version = 5.5</c>: Postfix normally sets it, but 3.7 honours the line, so the
    /// typed property takes it with the compiler's PFX0315 warning (suppressed here, as a user who
    /// means it would), and the real postconf expands the banner with it.
    /// </summary>
    [Fact]
    public void The_seeds_mail_version_is_a_discouraged_setting_that_postfix_honours()
    {
        PostfixTools.Require();
        var host = TestHosts.WithMainCf(TestHosts.Minimal.MainCf with
        {
            DisableVrfyCommand = true,
            MailName = "Microsoft Exchange",
            SmtpdBanner = "$myhostname ESMTP $mail_name ($mail_version)",
#pragma warning disable PFX0315 // the seed imitates another server on purpose
            MailVersion = "5.5",
#pragma warning restore PFX0315
        });

        var rendered = PostfixDsl.Render(host);
        using var config = RenderedConfig.Write(host);
        var banner = PostfixTools.Run(PostfixTools.Postconf, "-c", config.Directory, "-xh", "smtpd_banner").AssertCleanSuccess();

        Assert.Empty(rendered.Warnings);
        Assert.Contains("mail_version = 5.5", rendered.File("main.cf").Split('\n'));
        Assert.EndsWith("ESMTP Microsoft Exchange (5.5)", banner.Stdout.TrimEnd('\n'));
    }

    [Fact]
    public void PFX0016_a_name_postfix_cannot_read_is_refused() =>
        ValidationAssert.Single(With(new UnlistedParameter("relay domain", "x") { Intended = true }), ValidationRules.Unwritable);

    [Fact]
    public void PFX0203_the_same_unlisted_name_twice_is_refused() =>
        ValidationAssert.Single(
            With(new UnlistedParameter("my_classes", "permit") { Intended = true }, new UnlistedParameter("my_classes", "reject") { Intended = true }),
            ValidationRules.ParameterWrittenTwice);

    [Fact]
    public void Unlisted_parameters_are_written_in_name_order_with_the_typed_ones()
    {
        var host = TestHosts.WithMainCf(TestHosts.Minimal.MainCf with { Unlisted = [new("mua_sender_restrictions", "reject") { Intended = true }] });

        var names = PostfixDsl.Render(host).File("main.cf").Split('\n').Where(l => l.Contains(" =")).Select(l => l.Split(' ')[0]);

        Assert.Equal(["compatibility_level", "mua_sender_restrictions", "myhostname"], names);
    }

    [PostfixFact]
    public void Postfix_itself_ignores_the_articles_relay_domain_which_is_why_it_is_warned_about()
    {
        var rendered = PostfixDsl.Render(With(new UnlistedParameter("relay_domain", "domain.fr")));

        var result = Postconf.Run(rendered.File("main.cf"), rendered.File("master.cf"), "-n");

        Assert.Contains(result.Warnings, w => w.EndsWith("unused parameter: relay_domain=domain.fr", System.StringComparison.Ordinal));
    }
}
