using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// What the per-service catalog knows about one parameter Postfix derives from a master.cf service's
/// name: <c>relay</c> + <c>_destination_concurrency_limit</c>.
/// </summary>
/// <param name="Suffix">The part after the service name, e.g. <c>destination_concurrency_limit</c>.</param>
/// <param name="Kind">How its value is typed and written.</param>
/// <param name="Default">The default Postfix gives the derived name, e.g. <c>$default_destination_concurrency_limit</c>.</param>
/// <param name="DefaultUnit">For time parameters, the unit of a bare number.</param>
/// <param name="Commands">The master.cf commands (daemons) whose services get this parameter.</param>
public sealed record TransportParameterDescriptor(
    string Suffix,
    ParameterKind Kind,
    string Default,
    TimeUnit? DefaultUnit,
    IReadOnlyList<string> Commands)
{
    /// <summary>The main.cf name for the service <paramref name="serviceName"/>: <c>relay_destination_concurrency_limit</c>.</summary>
    public string NameFor(string serviceName) => serviceName + "_" + Suffix;

    /// <summary>The descriptor of the derived main.cf parameter for <paramref name="serviceName"/>.</summary>
    public ParameterDescriptor For(string serviceName) => new(NameFor(serviceName), Kind, Default, DefaultUnit, null);
}
