using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Checks what a host gives away or cannot do safely: a revealing banner (PFX0305), VRFY left on
/// (PFX0306), a chroot flag on a daemon that cannot run in the jail (PFX0307).
/// </summary>
internal static class ExposureChecks
{
    public static void Check(ValidationContext context)
    {
        var main = context.Host.MainCf;
        CheckBanner(context, "main.cf", "smtpd_banner", main.SmtpdBanner);
        if (main.DisableVrfyCommand != true)
        {
            context.Report(ValidationRules.VrfyEnabled, "main.cf", "disable_vrfy_command", RuleTexts.VrfyValue(unset: main.DisableVrfyCommand is null), RuleTexts.VrfyEnabled());
        }

        foreach (var service in context.Host.MasterCf.Services)
        {
            var location = ServiceLocation.Of(service);
            CheckBanner(context, "master.cf", location + " -o smtpd_banner", service.Overrides.SmtpdBanner);
            if (service.Chroot == true && ChrootCapability.CannotChroot(service.Command))
            {
                context.Report(ValidationRules.ChrootNotSupported, "master.cf", location, service.Command, RuleTexts.ChrootNotSupported());
            }
        }

    }

    private static void CheckBanner(ValidationContext context, string artifact, string location, string? banner)
    {
#pragma warning disable PFX0315 // read, not set: a version of the host's own hides the real one
        var mailVersionSet = context.Host.MainCf.MailVersion is not null;
#pragma warning restore PFX0315
        if (banner is not null && BannerExposure.Problem(banner, mailVersionSet) is { } problem)
        {
            context.Report(ValidationRules.RevealingBanner, artifact, location, banner, RuleTexts.RevealingBanner(problem));
        }
    }
}
