using System;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Checks per-service parameters: only services whose command has them may set them (PFX0202), and
/// no main.cf name may be written twice, e.g. by <c>LocalDestinationConcurrencyLimit</c> and by the
/// <c>local</c> service's <c>Transport.DestinationConcurrencyLimit</c> (PFX0203).
/// </summary>
internal static class TransportChecks
{
    public static void Check(ValidationContext context)
    {
        foreach (var service in context.Host.MasterCf.Services)
        {
            var command = service.Command[(service.Command.LastIndexOf('/') + 1)..];
            foreach (var descriptor in service.Transport.Descriptors())
            {
                if (!descriptor.Commands.Contains(command))
                {
                    context.Report(ValidationRules.TransportParameterNotApplicable, "master.cf",
                        ServiceLocation.Of(service), descriptor.NameFor(service.Name),
                        $"is not a parameter of a service running {command}; Postfix would ignore it",
                        $"a service whose command is {string.Join(", ", descriptor.Commands)}");
                }
            }
        }

        foreach (var duplicate in HostParameters.MainCf(context.Host).GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.Report(ValidationRules.ParameterWrittenTwice, "main.cf", duplicate.Key, duplicate.Key,
                "is set twice (by a main.cf property, a service's Transport, the escape hatch or a parameter object of the host's own, such as two different definitions of one name); Postfix keeps only the last",
                "one setting per parameter");
        }
    }
}
