using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Builds master.cf: services in model order, <c>-</c> for unset columns. Each <c>-o</c> override gets
/// its own continuation line, in the order the model set them, in the short form <c>-o name=value</c>, or the long form
/// <c>-o { name = value }</c> when the value holds whitespace; arguments follow on one line.
/// </summary>
internal static class MasterCfRenderer
{
    public static void Render(MailHost host, TemplateSet templates, System.IO.TextWriter writer)
    {
        var services = host.MasterCf.Services.Select(s => View(s, host.ConfigDirectory)).ToList();
        var rows = new Rows<ServiceView>(services.Count, i => services[i], (i, w) => services[i].WriteTo(w));
        TemplateRunner.Run(templates.Get("master.cf.scriban"), new MasterCfView(Header.For(host, "master.cf"), rows), writer);
    }

    private static ServiceView View(Service service, string configDirectory)
    {
        var continuation = new List<string>();
        foreach (var setting in service.Overrides.InModelOrder)
        {
            continuation.Add(Override(setting.Name, ParameterText.Of(setting, configDirectory).Compact));
        }

        if (service.Arguments.Count > 0)
        {
            continuation.Add(string.Join(" ", service.Arguments.Select(Argument)));
        }

        var columns = Columns(service);
        return new ServiceView(Alignment.MasterCfColumns(columns), columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], columns[6], columns[7], continuation);
    }

    /// <summary>The eight columns as written, <c>-</c> for an unset one; the read-back check compares them too.</summary>
    internal static IReadOnlyList<string> Columns(Service service) =>
    [
        service.Name,
        EnumText.Of(service.Type),
        Flag(service.Private),
        Flag(service.Unprivileged),
        Flag(service.Chroot),
        service.Wakeup?.ToString() ?? "-",
        service.MaxProcesses?.ToString(CultureInfo.InvariantCulture) ?? "-",
        service.Command,
    ];

    internal static string Override(string name, string value) =>
        value.Any(char.IsWhiteSpace) ? $"-o {{ {name} = {value} }}" : $"-o {name}={value}";

    private static string Argument(string argument) =>
        argument.Any(char.IsWhiteSpace) ? "{ " + argument + " }" : argument;

    private static string Flag(bool? flag) => flag switch
    {
        true => "y",
        false => "n",
        null => "-",
    };
}
