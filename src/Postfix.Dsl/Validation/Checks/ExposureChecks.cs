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
            context.Report(ValidationRules.VrfyEnabled, "main.cf", "disable_vrfy_command", main.DisableVrfyCommand is null ? "(unset: no)" : "no",
                "leaves the SMTP VRFY command on, so anyone can probe which addresses exist",
                "DisableVrfyCommand = true");
        }

        foreach (var service in context.Host.MasterCf.Services)
        {
            var location = ServiceLocation.Of(service);
            CheckBanner(context, "master.cf", location + " -o smtpd_banner", service.Overrides.SmtpdBanner);
            if (service.Chroot == true && ChrootCapability.CannotChroot(service.Command))
            {
                context.Report(ValidationRules.ChrootNotSupported, "master.cf", location, service.Command,
                    "is chrooted, but this daemon needs files outside the queue directory and fails inside the jail",
                    "Chroot = false for this service");
            }
        }

    }

    private static void CheckBanner(ValidationContext context, string artifact, string location, string? banner)
    {
        if (banner is not null && BannerExposure.Problem(banner) is { } problem)
        {
            context.Report(ValidationRules.RevealingBanner, artifact, location, banner, problem,
                "a banner that starts with $myhostname and leaves the version out, e.g. \"$myhostname ESMTP $mail_name\"");
        }
    }
}
