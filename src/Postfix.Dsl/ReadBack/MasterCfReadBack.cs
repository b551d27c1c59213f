using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>master.cf read back: the model's services in order, every field, argument and <c>-o</c> override exactly.</summary>
internal static class MasterCfReadBack
{
    public static void Check(MailHost host, string content, ReadBackReport report)
    {
        var file = MasterCfReader.Read(content);
        report.Problems("master.cf", file.Problems);
        var services = host.MasterCf.Services;
        if (file.Entries.Count != services.Count)
        {
            report.Differs("master.cf", "services", services.Count.ToString(CultureInfo.InvariantCulture) + " services",
                file.Entries.Count.ToString(CultureInfo.InvariantCulture) + " services");
        }

        foreach (var (service, entry) in services.Zip(file.Entries))
        {
            var location = ServiceLocation.Of(service);
            report.Compare("master.cf", location, MasterCfRenderer.Columns(service), [entry.Service, entry.Type, entry.Private, entry.Unprivileged, entry.Chroot, entry.Wakeup, entry.ProcessLimit, entry.Command]);
            report.Compare("master.cf", location + " arguments", service.Arguments, entry.Arguments);
            var overrides = service.Overrides.InModelOrder
                .Select(s => s.Name + "=" + ParameterText.Of(s, host.ConfigDirectory).Compact).ToList();
            report.Compare("master.cf", location + " -o", overrides, entry.Overrides.Select(o => o.Name + "=" + o.Value).ToList());
        }
    }
}
