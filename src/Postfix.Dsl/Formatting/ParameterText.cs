using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// The text Postfix will read for a parameter value: a scalar, or the items of a list, each
/// already in its written form (grouped with <c>{ }</c> where needed). Validation and rendering
/// both use it, so what is checked is exactly what is written.
/// </summary>
/// <param name="Items">The scalar as one item, or the list items.</param>
/// <param name="IsList">True for list kinds, whose items may be wrapped one per line.</param>
internal sealed record ParameterText(IReadOnlyList<string> Items, bool IsList)
{
    /// <summary>The value on one line: list items joined with <c>", "</c>.</summary>
    public string SingleLine => string.Join(", ", Items);

    /// <summary>
    /// The value as master.cf writes it after <c>-o</c>: list items joined with a bare <c>,</c>, which
    /// Postfix reads exactly as <c>", "</c>, so that <c>-o name=value</c> stays in the short form that
    /// administrators write unless an item itself holds a blank.
    /// </summary>
    public string Compact => IsList ? string.Join(",", Items) : Items[0];

    /// <summary>
    /// True when an item holds a <c>$</c>: only such a value can refer to a parameter (<see cref="ParameterReferences"/>)
    /// or break the macro syntax (<see cref="MacroSyntax"/>). Most values hold none, and the checks that follow
    /// references ask this first rather than scan and enumerate every value of every host.
    /// </summary>
    public bool HasDollar
    {
        get
        {
            foreach (var item in Items)
            {
                if (item.Contains('$'))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The text of <paramref name="setting"/> as written with <paramref name="configDirectory"/>; computed once per setting (<see cref="ParameterSetting"/> keeps it).</summary>
    public static ParameterText Of(ParameterSetting setting, string configDirectory) => setting.TextIn(configDirectory);

    /// <summary>Computes the text of <paramref name="setting"/>; <see cref="Of"/> asks the setting, which keeps it.</summary>
    internal static ParameterText Compute(ParameterSetting setting, string configDirectory) => setting.Value switch
    {
        bool flag => Scalar(flag ? "yes" : "no"),
        int number => Scalar(number.ToString(CultureInfo.InvariantCulture)),
        long number => Scalar(number.ToString(CultureInfo.InvariantCulture)),
        PostfixTime time => Scalar(time.ToString()),
        Enum value => Scalar(EnumText.Of(value)),
        string text => Scalar(text),
        Expansion expansion => Scalar(expansion.Text),
        IReadOnlyList<Restriction> restrictions => List(restrictions.Select(r => RestrictionText.Render(r, configDirectory))),
        IReadOnlyList<TableReference> tables => List(tables.Select(t => ListItemText.Group(TableText.Reference(t, configDirectory)))),
        IReadOnlyList<NetworkItem> networks => List(networks.Select(n => ListItemText.Group(NetworkText(n, configDirectory)))),
        IReadOnlyList<string> items when UngroupedLists.Contains(setting.Name) => List(items),
        IReadOnlyList<string> items => List(items.Select(ListItemText.Group)),
        _ => throw new InvalidOperationException($"{setting.Name}: no text form for {setting.Value.GetType().Name}."),
    };

    /// <summary>A network list item as written: the inline text, or the table's reference.</summary>
    public static string NetworkText(NetworkItem item, string configDirectory) => item.Text ?? TableText.Reference(item.Table!, configDirectory);

    private static ParameterText Scalar(string text) => new([text], IsList: false);

    private static ParameterText List(IEnumerable<string> items) => new(items.ToList(), IsList: true);
}
