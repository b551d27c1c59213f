using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>main.cf read back: exactly the model's parameters, each scalar exactly its value, each list exactly its items.</summary>
internal static class MainCfReadBack
{
    public static void Check(MailHost host, string content, ReadBackReport report)
    {
        var file = MainCfReader.Read(content);
        report.Problems("main.cf", file.Problems);
        var read = file.Parameters;
        var settings = HostParameters.MainCf(host);
        foreach (var setting in settings)
        {
            if (!read.TryGetValue(setting.Name, out var value))
            {
                report.Differs("main.cf", setting.Name, Expected(setting, host.ConfigDirectory).FirstOrDefault() ?? string.Empty, "(not set)");
                continue;
            }

            var expected = Expected(setting, host.ConfigDirectory);
            if (ParameterText.Of(setting, host.ConfigDirectory).IsList)
            {
                var items = UngroupedLists.Contains(setting.Name) ? PostfixWords.Split(value, PostfixWords.ListSeparators) : MainCfFile.ListItems(value);
                report.Compare("main.cf", setting.Name, expected, items);
            }
            else if (!string.Equals(expected[0], value, StringComparison.Ordinal))
            {
                report.Differs("main.cf", setting.Name, expected[0], value);
            }
        }

        foreach (var extra in read.Keys.Except(settings.Select(s => s.Name), StringComparer.Ordinal))
        {
            report.Differs("main.cf", extra, "(not set)", extra + " = " + read[extra]);
        }
    }

    /// <summary>
    /// What Postfix must see, taken from the model's values rather than their written form: the
    /// scalar text, or each list word — a string item whole, a restriction's name and argument as
    /// separate words, a table as its reference.
    /// </summary>
    private static IReadOnlyList<string> Expected(ParameterSetting setting, string configDirectory) => setting.Value switch
    {
        IReadOnlyList<string> items => items,
        IReadOnlyList<NetworkItem> networks => networks.Select(n => ParameterText.NetworkText(n, configDirectory)).ToList(),
        IReadOnlyList<TableReference> tables => tables.Select(t => TableText.Reference(t, configDirectory)).ToList(),
        IReadOnlyList<Restriction> restrictions => restrictions.SelectMany(r => Words(r, configDirectory)).ToList(),
        _ => ParameterText.Of(setting, configDirectory).Items,
    };

    private static IEnumerable<string> Words(Restriction restriction, string configDirectory)
    {
        if (restriction.Name.Length > 0)
        {
            yield return restriction.Name;
        }

        if (restriction.Table is { } table)
        {
            yield return TableText.Reference(table, configDirectory);
        }
        else if (restriction.Argument is { } argument)
        {
            yield return argument;
        }
    }
}
