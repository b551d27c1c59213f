using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// PFX0023 for parameters: a main.cf value or master.cf <c>-o</c> override whose catalog type is
/// <c>transport</c> (<c>default_transport</c>, <c>relay_transport</c>, <c>local_transport</c>,
/// <c>virtual_transport</c>, their <c>address_verify_</c> variants, <c>content_filter</c>,
/// <c>mailbox_transport</c>, <c>fallback_transport</c>, <c>best_mx_transport</c>) must name a
/// <c>unix</c> service of the host's master.cf. postconf and <c>postfix check</c> accept any word
/// there; the mail is accepted and then deferred until it expires.
/// </summary>
internal static class DeliveryTransportChecks
{
    public static void Check(ValidationContext context)
    {
        Check(context, "main.cf", string.Empty, HostParameters.MainCf(context.Host));
        foreach (var service in context.Host.MasterCf.Services)
        {
            Check(context, "master.cf", ServiceLocation.Overrides(service), service.Overrides.Settings);
        }
    }

    /// <summary>Reports PFX0023 when <paramref name="transport"/>, the transport part of <paramref name="value"/>, is no unix service of the host's master.cf.</summary>
    public static void ReportIfNoService(ValidationContext context, string artifact, string location, string value, string transport, string expected)
    {
        if (DeliveryTransport.IsService(context.Host.MasterCf, transport))
        {
            return;
        }

        var subject = value == transport ? "names" : $"names the transport {transport}, which is";
        context.Report(ValidationRules.UnknownTransport, artifact, location, value,
            $"{subject} no unix service of the host's master.cf, so the queue manager cannot connect to private/{transport} and defers the mail",
            expected);
    }

    /// <summary>
    /// PFX0023 for a table's <c>FILTER transport:destination</c> action (access and header_checks
    /// tables): the message is queued for that transport, which must be a unix service of master.cf.
    /// </summary>
    public static void CheckFilterAction(ValidationContext context, string artifact, string location, string keyword, string? text)
    {
        if (keyword == "FILTER" && text is not null && ControlCharacters.Describe(text) is null && DeliveryTransport.LiteralName(text) is { } transport)
        {
            ReportIfNoService(context, artifact, location, text, transport,
                "FILTER transport:destination whose transport is a unix service in master.cf (smtp, relay, or one added with MasterCf.Add for the filter), e.g. FILTER smtp:[127.0.0.1]:10025");
        }
    }

    private static void Check(ValidationContext context, string artifact, string prefix, IEnumerable<ParameterSetting> settings)
    {
        foreach (var setting in settings.Where(s => s.Descriptor.Kind == ParameterKind.Transport))
        {
            // A value with a control character is PFX0001's; one with a $ only Postfix can resolve.
            if (setting.Value is string value && ControlCharacters.Describe(value) is null && DeliveryTransport.LiteralName(value) is { } transport)
            {
                ReportIfNoService(context, artifact, prefix + setting.Name, value, transport,
                    "transport or transport:nexthop whose transport is a unix service in master.cf (smtp, relay, lmtp, local, virtual, error, retry, or one added with MasterCf.Add), e.g. relay:[mailstore.example.org]:25, or a $name expression");
            }
        }
    }
}
