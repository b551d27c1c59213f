using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// The per-service parameters of a delivery service (smtp, lmtp, local, virtual, error, pipe; and
/// <c>time_limit</c> for pipe and spawn). Postfix derives their main.cf names from the service's
/// name: <c>DestinationConcurrencyLimit</c> on the service <c>relay</c> is written to main.cf as
/// <c>relay_destination_concurrency_limit</c>, so they exist exactly for the services a host defines.
/// The properties are generated from <c>Catalog/transport-parameters.tsv</c>.
/// </summary>
public sealed partial record TransportParameters
{
    /// <summary>The empty object a service's <c>Transport</c> starts from: the model is immutable, so one serves every service.</summary>
    internal static TransportParameters None { get; } = new();

    // Loops, not LINQ, over the (descriptor, value) pairs: generic code over a value tuple has no
    // precompiled form, and every service of every host goes through SettingsFor and the validation's
    // Descriptors, so a short emitter compiled Select, ToList and Any for them at its first host.

    /// <summary>True when no parameter is set.</summary>
    public bool IsEmpty
    {
        get
        {
            foreach (var _ in EnumerateSettings())
            {
                return false;
            }

            return true;
        }
    }

    /// <summary>The suffixes this object sets, with their values, in suffix order.</summary>
    public IReadOnlyList<(TransportParameterDescriptor Descriptor, object Value)> Values => EnumerateSettings().ToList();

    /// <summary>The main.cf settings these values become for the service <paramref name="serviceName"/>.</summary>
    public IReadOnlyList<ParameterSetting> SettingsFor(string serviceName)
    {
        var settings = new List<ParameterSetting>();
        foreach (var (descriptor, value) in EnumerateSettings())
        {
            settings.Add(new ParameterSetting(descriptor.For(serviceName), value));
        }

        return settings;
    }

    /// <summary>The suffixes this object sets, in suffix order.</summary>
    internal IReadOnlyList<TransportParameterDescriptor> Descriptors()
    {
        var descriptors = new List<TransportParameterDescriptor>();
        foreach (var (descriptor, _) in EnumerateSettings())
        {
            descriptors.Add(descriptor);
        }

        return descriptors;
    }
}
