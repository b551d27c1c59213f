using System.Linq;
using System.Text.RegularExpressions;

namespace Postfix.Dsl;

/// <summary>
/// Checks the escape hatch (<see cref="Parameters.Unlisted"/>): a name Postfix can read, not one the
/// catalog types set raw (PFX0201, a warning: a value Postfix accepts is never refused), and a warning
/// for every name not marked intended (PFX0200), because
/// Postfix itself ignores an unknown name without a word.
/// </summary>
internal static partial class UnlistedChecks
{
    public static void Check(ValidationContext context, Parameters parameters, string artifact, string locationPrefix)
    {
        foreach (var unlisted in parameters.Unlisted)
        {
            var location = locationPrefix + unlisted.Name;
            if (!NamePattern().IsMatch(unlisted.Name))
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
            else if (!unlisted.Intended)
            {
                context.Report(ValidationRules.UnlistedParameter, artifact, location, unlisted.Name,
                    "is not a Postfix 3.7 parameter; Postfix ignores unknown names (postconf warns \"unused parameter\")",
                    "a typed property (check the spelling), or Intended = true for a name of a newer Postfix or one master.cf refers to");
            }
        }
    }

    private static string PropertyName(string name) =>
        string.Concat(name.Split('_').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    [GeneratedRegex(@"^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
