using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>Checks the values of main.cf parameters, and of master.cf <c>-o</c> overrides, which take the same types.</summary>
internal static class ParameterChecks
{
    public static void Check(ValidationContext context, IEnumerable<ParameterSetting> settings, string artifact, string locationPrefix)
    {
        foreach (var setting in settings)
        {
            var location = locationPrefix + setting.Name;
            var text = ParameterText.Of(setting, context.Host.ConfigDirectory);
            if (ReportControlCharacters(context, artifact, location, text.Items) || ReportSyntax(context, artifact, location, setting, text))
            {
                continue;
            }

            switch (setting.Value)
            {
                case string value:
                    CheckScalar(context, artifact, location, setting.Descriptor, value);
                    break;
                case IReadOnlyList<string> items:
                    CheckListItems(context, artifact, location, setting.Descriptor, items);
                    break;
                case IReadOnlyList<NetworkItem> networks:
                    CheckListItems(context, artifact, location, setting.Descriptor, networks.Where(n => n.Text is not null).Select(n => n.Text!).ToList());
                    CheckNetworkTables(context, artifact, location, setting.Descriptor, networks);
                    break;
                case IReadOnlyList<TableReference> tables:
                    CheckTableReferences(context, artifact, location, tables);
                    break;
                case IReadOnlyList<Restriction> restrictions:
                    RestrictionChecks.Check(context, artifact, location, restrictions);
                    break;
            }
        }
    }

    /// <summary>Reports PFX0001 when <paramref name="value"/> has a control character; true when it was found.</summary>
    public static bool ReportControlCharacters(ValidationContext context, string artifact, string location, string value)
    {
        if (ControlCharacters.Describe(value) is { } problem)
        {
            context.Report(ValidationRules.ControlCharacter, artifact, location, value, problem,
                "text on one line without control characters (a value must never add a line to the file)");
            return true;
        }

        return false;
    }

    /// <summary>Reports PFX0001 for the first of <paramref name="values"/> with a control character; true when one was found.</summary>
    public static bool ReportControlCharacters(ValidationContext context, string artifact, string location, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            if (ReportControlCharacters(context, artifact, location, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reports PFX0019 and PFX0020 for the written text; true when one was found.</summary>
    private static bool ReportSyntax(ValidationContext context, string artifact, string location, ParameterSetting setting, ParameterText text)
    {
        foreach (var item in text.Items)
        {
            // Raw parameters are not expanded when main.cf is read, so their $ is not checked here.
            if (setting.Descriptor.Kind != ParameterKind.Raw && MacroSyntax.Problem(item) is { } macro)
            {
                context.Report(ValidationRules.InvalidMacro, artifact, location, item, macro,
                    "$$ for a literal dollar, or a reference: $name, ${name}, $(name), ${name?text}, ${name:text}");
                return true;
            }

            // An item we grouped because of its blanks, with braces of its own, gets the clearer PFX0016 below.
            var groupedWithBraces = item.StartsWith("{ ", System.StringComparison.Ordinal) && item.EndsWith(" }", System.StringComparison.Ordinal)
                && item[2..^2].IndexOfAny(['{', '}']) >= 0;
            if (!groupedWithBraces && BraceGroups.Problem(item) is { } group)
            {
                context.Report(ValidationRules.UnclosedGroup, artifact, location, item, group,
                    "a value whose words starting with { are closed by a matching }");
                return true;
            }
        }

        return false;
    }

    private static void CheckScalar(ValidationContext context, string artifact, string location, ParameterDescriptor descriptor, string value)
    {
        var kind = descriptor.Kind;
        if (value.Trim() != value)
        {
            context.Report(ValidationRules.SurroundingWhitespace, artifact, location, value,
                "starts or ends with whitespace, which Postfix strips", "the value without leading or trailing whitespace");
            return;
        }

        if (kind is ParameterKind.HostName or ParameterKind.DomainName && !HostNameSyntax.HasExpansion(value) && !HostNameSyntax.IsNameFile(descriptor.Name, value) && !HostNameSyntax.IsValid(value))
        {
            context.Report(ValidationRules.InvalidHostName, artifact, location, value, RuleTexts.InvalidHostName(domain: kind == ParameterKind.DomainName));
        }
    }

    private static void CheckListItems(ValidationContext context, string artifact, string location, ParameterDescriptor descriptor, IReadOnlyList<string> items)
    {
        foreach (var item in items)
        {
            if (item.Length == 0 || item.Trim() != item)
            {
                context.Report(ValidationRules.SurroundingWhitespace, artifact, location, item,
                    item.Trim().Length == 0 ? "is an empty list item, which Postfix would drop" : "starts or ends with whitespace, which Postfix strips",
                    "a non-empty item without leading or trailing whitespace");
                continue;
            }

            if (item.StartsWith('#'))
            {
                // Wrapped one per line, the item's line would start with '#' and be a comment.
                context.Report(ValidationRules.Unwritable, artifact, location, item,
                    "starts with '#', which makes its line a comment once the list wraps", "an item that does not start with '#'");
                continue;
            }

            if (UngroupedLists.Contains(descriptor.Name) && ListItemText.NeedsGrouping(item))
            {
                context.Report(ValidationRules.Unwritable, artifact, location, item,
                    "holds a blank or a comma, which splits it: Postfix does not group the items of this list with { }",
                    "a macro name without blanks or commas, e.g. {auth_authen}");
                continue;
            }

            if (ListItemText.NeedsGrouping(item) && (item.Contains('{') || item.Contains('}')))
            {
                context.Report(ValidationRules.Unwritable, artifact, location, item,
                    "needs { } grouping because of its spaces or commas, but holds a brace itself",
                    "an item without braces, or without spaces and commas");
                continue;
            }

            if (ListItemReferences.IsReference(item))
            {
                continue;
            }

            switch (descriptor.Kind)
            {
                case ParameterKind.DomainList when !HostNameSyntax.IsValid(item.TrimStart('.')):
                    context.Report(ValidationRules.InvalidHostName, artifact, location, item, RuleTexts.InvalidListDomain());
                    break;
                case ParameterKind.NetworkList:
                    CheckNetwork(context, artifact, location, descriptor, item);
                    break;
            }
        }
    }

    private static void CheckNetwork(ValidationContext context, string artifact, string location, ParameterDescriptor descriptor, string item)
    {
        var network = NetworkSyntax.Parse(item.TrimStart('!'), bracketedIpv6: true, out var problem);
        if (network is null)
        {
            context.Report(ValidationRules.InvalidNetwork, artifact, location, item, RuleTexts.InvalidNetwork(problem));
        }
        else if (descriptor.Name == "mynetworks" && !item.StartsWith('!') && NetworkSyntax.IsTooWideToTrust(network.Value))
        {
            context.Report(ValidationRules.WideMynetworks, artifact, location, item, RuleTexts.WideMynetworks(network.Value.PrefixLength));
        }
    }

    /// <summary>
    /// The networks of each table in a network list: in <c>mynetworks</c>, one wider than Postfix
    /// should trust is PFX0007 there as inline (the table's own syntax is checked with the table).
    /// </summary>
    private static void CheckNetworkTables(ValidationContext context, string artifact, string location, ParameterDescriptor descriptor, IReadOnlyList<NetworkItem> networks)
    {
        if (descriptor.Name != "mynetworks")
        {
            return;
        }

        foreach (var table in networks.Select(n => n.Table).OfType<NetworkTable>())
        {
            foreach (var text in table.Networks)
            {
                if (NetworkSyntax.Parse(text, bracketedIpv6: false, out _) is { } network && NetworkSyntax.IsTooWideToTrust(network))
                {
                    var (problem, expected) = RuleTexts.WideMynetworks(network.PrefixLength);
                    context.Report(ValidationRules.WideMynetworks, artifact, location, text, $"{problem} (from the table {table.FileName})", expected);
                }
            }
        }
    }

    private static void CheckTableReferences(ValidationContext context, string artifact, string location, IReadOnlyList<TableReference> tables)
    {
        foreach (var external in tables.OfType<ExternalTable>())
        {
            if (!ListItemReferences.IsTableReference(external.Reference))
            {
                context.Report(ValidationRules.Unwritable, artifact, location, external.Reference,
                    "is not a lookup table reference", "type:name, e.g. hash:/etc/aliases, or a table object of the host");
            }
        }
    }

}
