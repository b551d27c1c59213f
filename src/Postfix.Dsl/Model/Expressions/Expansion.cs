using System;
using System.Collections.Generic;
using System.Linq;

namespace Postfix.Dsl;

/// <summary>
/// A value Postfix computes when it reads main.cf: <c>$name</c>, <c>${name}</c>,
/// <c>${name?value}</c>, <c>${name:value}</c> or <c>${name?{value}:{value}}</c>, alone or joined
/// with text. Every typed parameter takes one: a list or table list as an item
/// (<c>proxy_read_maps = $virtual_alias_maps</c>), a restriction list as an entry, and an
/// <c>int</c>, <c>bool</c>, time or enum property instead of a literal
/// (<c>smtpd_hard_error_limit = ${stress?1}${stress:5}</c>, Postfix's STRESS_README idiom).
/// </summary>
/// <remarks>
/// Build one from a parameter object (<see cref="Of(ParameterDescriptor)"/>, <see cref="CustomParameter"/>)
/// so the name cannot drift from its definition; <see cref="Parse"/> takes any text, whose
/// <c>$</c> syntax (PFX0019) and names (PFX0021) are checked when the host is emitted.
/// </remarks>
public sealed record Expansion
{
    private Expansion(string text, IReadOnlyList<CustomParameter> defines)
    {
        Text = text;
        Defines = ValueList.Of(defines);
    }

    /// <summary>The text written to the configuration, e.g. <c>${stress?1}${stress:5}</c>.</summary>
    public string Text { get; }

    /// <summary>The host-defined parameters this expression refers to; each one's definition is written to main.cf.</summary>
    public IReadOnlyList<CustomParameter> Defines { get; }

    /// <summary>The names this expression refers to, as Postfix reads them.</summary>
    public IEnumerable<string> Names => ParameterReferences.In(Text);

    /// <summary><c>$name</c> of a Postfix parameter: <c>Expansion.Of(ParameterCatalog.VirtualAliasMaps)</c>.</summary>
    public static Expansion Of(ParameterDescriptor parameter) =>
        new("$" + (parameter ?? throw new ArgumentNullException(nameof(parameter))).Name, []);

    /// <summary><c>$name</c> of a parameter this host defines; its <c>name = value</c> line is written with it.</summary>
    public static Expansion Of(CustomParameter parameter) =>
        new("$" + (parameter ?? throw new ArgumentNullException(nameof(parameter))).Name, [parameter]);

    /// <summary>
    /// <c>${name?value}</c>: <paramref name="value"/> when the parameter is set to a non-empty value, else nothing.
    /// With <see cref="ParameterCatalog.Stress"/>, the value used under overload (STRESS_README).
    /// </summary>
    public static Expansion IfSet(ParameterDescriptor parameter, string value) =>
        new("${" + (parameter ?? throw new ArgumentNullException(nameof(parameter))).Name + "?" + Braced(value) + "}", []);

    /// <summary><c>${name:value}</c>: <paramref name="value"/> when the parameter is empty or unset, else nothing.</summary>
    public static Expansion IfUnset(ParameterDescriptor parameter, string value) =>
        new("${" + (parameter ?? throw new ArgumentNullException(nameof(parameter))).Name + ":" + Braced(value) + "}", []);

    /// <summary>
    /// Any text with <c>$</c> expressions, written as given, e.g. <c>"btree:${data_directory}/smtp_scache"</c>.
    /// Its syntax and the names it refers to are checked when the host is emitted (PFX0019, PFX0021).
    /// </summary>
    public static Expansion Parse(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), []);

    /// <summary>Both expressions one after the other, as <c>${stress?1}${stress:5}</c> is two.</summary>
    public static Expansion operator +(Expansion left, Expansion right) =>
        new(left.Text + right.Text, left.Defines.Concat(right.Defines).Distinct().ToList());

    /// <inheritdoc/>
    public override string ToString() => Text;

    // A value holding a blank or a brace is grouped so that Postfix reads it as one value of the conditional.
    private static string Braced(string value) =>
        (value ?? throw new ArgumentNullException(nameof(value))).IndexOfAny([' ', '\t', '{', '}', ',']) >= 0 ? "{" + value + "}" : value;
}
