using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// Where a host sets parameters: main.cf, or a master.cf service's <c>-o</c> overrides, with the
/// artifact and location prefix the findings about them use.
/// </summary>
/// <param name="Artifact"><c>main.cf</c> or <c>master.cf</c>.</param>
/// <param name="Service">The service whose <c>-o</c> overrides these are, or null for main.cf.</param>
/// <param name="Settings">The parameters set there.</param>
internal sealed record ParameterPlace(string Artifact, Service? Service, IEnumerable<ParameterSetting> Settings)
{
    /// <summary>
    /// What goes before a parameter's name in a finding's location (a service's, or nothing for main.cf):
    /// spelled only for a finding, not for every service of every host the checks walk.
    /// </summary>
    public string Prefix => Service is null ? string.Empty : ServiceLocation.Overrides(Service);

    /// <summary>main.cf with <paramref name="mainCf"/> as its settings, then every service's overrides in master.cf order.</summary>
    // A list of records, not of value tuples: generic code over value tuples has no precompiled form.
    public static List<ParameterPlace> Of(MailHost host, IEnumerable<ParameterSetting> mainCf)
    {
        var places = new List<ParameterPlace> { new("main.cf", null, mainCf) };
        foreach (var service in host.MasterCf.Services)
        {
            places.Add(new("master.cf", service, service.Overrides.Settings));
        }

        return places;
    }
}
