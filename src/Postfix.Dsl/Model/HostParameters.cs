using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Everything a host writes to main.cf: its <see cref="MailHost.MainCf"/> parameters and the
/// per-service parameters of its master.cf services under their derived names, in name order.
/// </summary>
internal static class HostParameters
{
    public static IReadOnlyList<ParameterSetting> MainCf(MailHost host) => host.MainCf.Settings
        .Concat(host.MasterCf.Services.SelectMany(service => service.Transport.SettingsFor(service.Name)))
        .OrderBy(setting => setting.Name, StringComparer.Ordinal)
        .ToList();
}
