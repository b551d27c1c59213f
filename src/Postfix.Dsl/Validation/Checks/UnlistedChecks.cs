using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Checks the escape hatch (<see cref="Parameters.Unlisted"/>) and the host's parameter objects
/// (<see cref="CustomParameter"/>): a name Postfix can read, not one the catalog types set raw
/// (PFX0201, a warning: a value Postfix accepts is never refused), and PFX0200 for an unlisted
/// name not marked intended that nothing refers to: postconf warns "unused parameter" about it,
/// and a typo'd name is silently ignored. One that a <c>$name</c> uses, or that
/// smtpd_restriction_classes lists, is evidently the host's own.
/// </summary>
internal static class UnlistedChecks
{
    public static void Check(ValidationContext context, Parameters parameters, string artifact, string locationPrefix)
    {
        // Gathered (every value of main.cf and master.cf scanned) only for an unlisted name that needs it.
        HashSet<string>? used = null;
        foreach (var unlisted in parameters.Unlisted)
        {
            var location = locationPrefix + unlisted.Name;
            if (!ServiceNameSyntax.IsParameterName(unlisted.Name))
            {
                context.Report(ValidationRules.Unwritable, artifact, location, unlisted.Name,
                    "is not a parameter name", "letters, digits, '_' and '-', e.g. my_transport_maps");
            }
            else if (ParameterCatalog.All.FirstOrDefault(d => d.Name == unlisted.Name) is { } descriptor)
            {
                context.Report(ValidationRules.UnlistedButCataloged, artifact, location, unlisted.Name,
                    "is a parameter the catalog types, set raw through the escape hatch, so its value is written unchecked",
                    $"the typed property Parameters.{PropertyName(descriptor.Name)}, or, where its type is too narrow for a value Postfix accepts, this raw value acknowledged with [SuppressMessage(\"Postfix.Dsl\", \"PFX0201\", Justification = ...)]");
            }
            else if (!unlisted.Intended && !(used ??= artifact == "main.cf" ? UsedNames(context.Host) : []).Contains(unlisted.Name))
            {
                context.Report(ValidationRules.UnlistedParameter, artifact, location, unlisted.Name,
                    "is not a Postfix 3.7 parameter and nothing refers to it; Postfix ignores it (postconf warns \"unused parameter\")",
                    "a typed property (check the spelling), a parameter object (RestrictionListParameter, TableListParameter, TextParameter) whose uses write $name, or Intended = true for a name of a newer Postfix");
            }
        }
    }

    /// <summary>Checks the names of the host's parameter objects: ones Postfix can read, not ones it defines itself.</summary>
    public static void CheckDefinitions(ValidationContext context)
    {
        foreach (var definition in HostParameters.CustomDefinitions(context.Host))
        {
            if (!ServiceNameSyntax.IsParameterName(definition.Name))
            {
                context.Report(ValidationRules.Unwritable, "main.cf", definition.Name, definition.Name,
                    "is not a parameter name", "letters, digits, '_' and '-', e.g. mua_sender_restrictions");
            }
            else if (ParameterCatalog.All.Any(d => d.Name == definition.Name))
            {
                context.Report(ValidationRules.ParameterWrittenTwice, "main.cf", definition.Name, definition.Name,
                    "is the name of a Postfix parameter, so this definition would replace Postfix's own",
                    "a name of the host's own, e.g. mua_" + definition.Name + ", or the typed property Parameters." + PropertyName(definition.Name));
            }
        }
    }

    /// <summary>The names main.cf and master.cf refer to as <c>$name</c>, and the restriction classes.</summary>
    private static HashSet<string> UsedNames(MailHost host)
    {
        var texts = HostParameters.MainCf(host).Select(s => ParameterText.Of(s, host.ConfigDirectory))
            .Concat(host.MasterCf.Services.SelectMany(s => s.Overrides.Settings).Select(s => ParameterText.Of(s, host.ConfigDirectory)))
            .SelectMany(t => t.Items)
            .Concat(host.MasterCf.Services.SelectMany(s => s.Arguments));
        var used = new HashSet<string>(texts.SelectMany(ParameterReferences.In), System.StringComparer.Ordinal);
        used.UnionWith(host.MainCf.SmtpdRestrictionClasses ?? []);
        return used;
    }

    private static string PropertyName(string name) =>
        string.Concat(name.Split('_').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
