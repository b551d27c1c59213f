using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// Typed main.cf parameters. Used for a host's main.cf and, with the same types, for the
/// <c>-o</c> overrides of a master.cf service. The properties are generated from the parameter
/// catalog (<c>Catalog/parameters.tsv</c>); a property left null is not written, so Postfix's
/// default applies, as with <c>postconf -n</c>.
/// </summary>
public sealed partial record Parameters
{
    /// <summary>
    /// Parameters the catalog does not have, written as given (the escape hatch). Each one is reported
    /// with the PFX0200 warning unless marked <see cref="UnlistedParameter.Intended"/>.
    /// </summary>
    public IReadOnlyList<UnlistedParameter> Unlisted
    {
        get => _unlisted;
        init
        {
            _unlisted = ValueList.Of(value);
            _order = _order.With(UnlistedSlot);
        }
    }

    private readonly IReadOnlyList<UnlistedParameter> _unlisted = ValueList.Of<UnlistedParameter>([]);

    // The order the properties were set in; master.cf writes -o options in it.
    private readonly SettingOrder _order = SettingOrder.Empty;

    // Where the unlisted parameters stand among the typed ones: where Unlisted was set.
    private const string UnlistedSlot = "(unlisted)";

    // Validation, rendering and the read-back each ask for the settings, and the generated walk
    // visits every catalog property: computed once per (immutable) object. A static field is not
    // part of the record's equality.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Parameters, IReadOnlyList<ParameterSetting>> SettingsOf = new();

    /// <summary>The parameters this object sets, typed ones and <see cref="Unlisted"/> ones, ordered by Postfix name.</summary>
    public IReadOnlyList<ParameterSetting> Settings => SettingsOf.GetValue(this, static parameters => parameters.Unlisted.Count == 0
        ? parameters.EnumerateSettings().ToList() // generated in name order already
        : parameters.InModelOrder.OrderBy(s => s.Name, StringComparer.Ordinal).ToList());

    /// <summary>
    /// The parameters this object sets, in the order the model set them (object-initializer order,
    /// then later <c>with</c> expressions): a service's <c>-o</c> options are written in it.
    /// </summary>
    public IReadOnlyList<ParameterSetting> InModelOrder => InModelOrderOf.GetValue(this, static parameters => parameters.ComputeInModelOrder());

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Parameters, IReadOnlyList<ParameterSetting>> InModelOrderOf = new();

    // Sorted with a comparison over a class, not LINQ over value tuples: those generic instantiations
    // have no precompiled code and cost a short emitter forty methods to compile.
    private IReadOnlyList<ParameterSetting> ComputeInModelOrder()
    {
        var entries = new List<OrderedSetting>();
        foreach (var setting in EnumerateSettings())
        {
            entries.Add(new OrderedSetting(setting, _order.IndexOf(setting.Name), 0, entries.Count));
        }

        var unlistedPosition = _order.IndexOf(UnlistedSlot);
        for (var index = 0; index < Unlisted.Count; index++)
        {
            var unlisted = Unlisted[index];
            var setting = new ParameterSetting(new ParameterDescriptor(unlisted.Name, ParameterKind.String, string.Empty, null, null) { IsUnlisted = true }, (object)unlisted.Value);
            entries.Add(new OrderedSetting(setting, unlistedPosition, index, entries.Count));
        }

        entries.Sort(OrderedSetting.Compare);
        return entries.ConvertAll(entry => entry.Setting);
    }

    /// <summary>A setting with where the model set it: its slot, its place among the unlisted ones, and (for ties) where it was found.</summary>
    private sealed record OrderedSetting(ParameterSetting Setting, int Position, int Within, int Found)
    {
        public static int Compare(OrderedSetting left, OrderedSetting right)
        {
            var order = left.Position.CompareTo(right.Position);
            order = order != 0 ? order : left.Within.CompareTo(right.Within);
            order = order != 0 ? order : StringComparer.Ordinal.Compare(left.Setting.Name, right.Setting.Name);
            return order != 0 ? order : left.Found.CompareTo(right.Found);
        }
    }

    /// <summary>
    /// The empty object that a host's <c>MainCf</c> and a service's <c>Overrides</c> start from. A
    /// <see cref="Parameters"/> holds a field per catalog parameter (about 14 KB), so a default made
    /// afresh cost every <c>new MailHost</c> and <c>new Service</c> that much, only to be replaced by
    /// the object the initializer sets; the model is immutable, so one empty object serves them all.
    /// </summary>
    internal static Parameters None { get; } = new();

    /// <summary>True when no parameter is set.</summary>
    public bool IsEmpty => Unlisted.Count == 0 && Settings.Count == 0;

    /// <summary>The value set for <paramref name="name"/>, or null when it is not set.</summary>
    public object? ValueOf(string name) => Settings.FirstOrDefault(s => s.Name == name)?.Value;
}
