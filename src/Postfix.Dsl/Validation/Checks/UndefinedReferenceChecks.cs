using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// A <c>$name</c> that names no parameter — a typo such as <c>$myhostnam</c>, or <c>$myhostnameX</c>
/// where <c>${myhostname}X</c> was meant — expands to nothing, and every Postfix program warns
/// "undefined parameter". Defined are: Postfix's own parameters, the per-service ones of the host's
/// services, the host's unlisted parameters and restriction classes, and, inside a service's
/// <c>-o</c> values, the names that service overrides.
/// </summary>
internal static class UndefinedReferenceChecks
{
    // Postfix's own names, the same for every host: made once.
    private static readonly HashSet<string> CatalogNames = new(ParameterCatalog.All.Select(d => d.Name), System.StringComparer.Ordinal);

    public static void Check(ValidationContext context)
    {
        var host = context.Host;
        var mainCf = HostParameters.MainCf(host);

        // The host's own names (a thousand with the stock services' per-service ones) are gathered only
        // when a reference is not one of Postfix's, and nearly every reference is ($myhostname, $mydomain).
        HashSet<string>? hostNames = null;
        HashSet<string> Defined()
        {
            if (hostNames is null)
            {
                hostNames = new HashSet<string>(mainCf.Select(s => s.Name), System.StringComparer.Ordinal);
                hostNames.UnionWith(host.MasterCf.Services.SelectMany(DerivedNames));
                hostNames.UnionWith(host.MainCf.SmtpdRestrictionClasses ?? []);
            }

            return hostNames;
        }

        Report(context, "main.cf", string.Empty, mainCf, name => CatalogNames.Contains(name) || Defined().Contains(name), () => Defined());
        foreach (var service in host.MasterCf.Services)
        {
            var overrides = service.Overrides.Settings;
            if (overrides.Count == 0)
            {
                continue;
            }

            var local = new HashSet<string>(overrides.Select(s => s.Name), System.StringComparer.Ordinal);
            Report(context, "master.cf", ServiceLocation.Overrides(service), overrides,
                name => CatalogNames.Contains(name) || local.Contains(name) || Defined().Contains(name), () => Defined().Concat(local));
        }
    }

    /// <summary>The per-service parameter names a service defines (<c>relay_destination_concurrency_limit</c>…), found once per service: the stock services are shared by every host.</summary>
    private static string[] DerivedNames(Service service) =>
        DerivedNamesOf.GetValue(service, static s => TransportParameterCatalog.All.Where(d => d.Commands.Contains(s.Command)).Select(d => d.NameFor(s.Name)).ToArray());

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Service, string[]> DerivedNamesOf = new();

    private static void Report(ValidationContext context, string artifact, string prefix, IEnumerable<ParameterSetting> settings,
        System.Func<string, bool> isDefined, System.Func<IEnumerable<string>> hostNames)
    {
        foreach (var setting in settings.Where(s => s.Descriptor.Kind != ParameterKind.Raw))
        {
            var text = ParameterText.Of(setting, context.Host.ConfigDirectory);
            if (!text.HasDollar || text.Items.Any(item => MacroSyntax.Problem(item) is not null))
            {
                continue; // no $ to follow, or PFX0019 already says what is wrong with its $
            }

            var unknown = text.Items.SelectMany(ParameterReferences.In).FirstOrDefault(name => !isDefined(name));
            if (unknown is not null)
            {
                context.Report(ValidationRules.UndefinedReference, artifact, prefix + setting.Name, text.SingleLine,
                    $"refers to ${unknown}, which is not a Postfix parameter nor one this host defines (it would expand to nothing)",
                    Suggestion(unknown, CatalogNames.Concat(hostNames())));
            }
        }
    }

    /// <summary>The defined name the reference most likely meant: the longest one it starts with (<c>$myhostnameX</c>), else a hint.</summary>
    private static string Suggestion(string unknown, IEnumerable<string> defined)
    {
        var prefix = defined.Where(name => unknown.StartsWith(name, System.StringComparison.Ordinal)).OrderByDescending(name => name.Length).FirstOrDefault();
        return prefix is not null
            ? $"${{{prefix}}}{unknown[prefix.Length..]} if ${prefix} was meant (braces end the name), or $$ for a literal dollar"
            : "the name of a Postfix parameter (see postconf(5)) or of an unlisted parameter the host sets, or $$ for a literal dollar";
    }
}
