using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Postfix.Dsl.Tool.Import;

/// <summary>
/// What the library offers, found by reflection on the library itself so the importer can never
/// name a member that does not exist: the typed parameter properties by Postfix name, the
/// per-service parameters, the restriction factories by Postfix name, and enum members by the
/// text Postfix reads.
/// </summary>
internal static class ModelMembers
{
    /// <summary>Every settable <see cref="Parameters"/> property by Postfix name.</summary>
    public static IReadOnlyDictionary<string, (PropertyInfo Property, PostfixParameterAttribute Parameter)> Parameters { get; } =
        Settable(typeof(Parameters));

    /// <summary>Every settable <see cref="TransportParameters"/> property by suffix.</summary>
    public static IReadOnlyDictionary<string, (PropertyInfo Property, PostfixParameterAttribute Parameter)> TransportParameters { get; } =
        TransportParameterCatalog.All.ToDictionary(d => d.Suffix, d => (typeof(TransportParameters).GetProperty(Pascal(d.Suffix))!, new PostfixParameterAttribute(d.Suffix, d.Kind)), StringComparer.Ordinal);

    /// <summary>The restriction factories of <see cref="Restrictions"/> by Postfix name: a property (no argument) or a method (one argument).</summary>
    public static IReadOnlyDictionary<string, MemberInfo> Restrictions { get; } = typeof(Restrictions)
        .GetMembers(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m is PropertyInfo || (m is MethodInfo method && !method.IsSpecialName
            // An imported check_policy_service names its endpoint as text; the PolicyService overload is for new code.
            && !(method.GetParameters() is [{ ParameterType: var type }] && type == typeof(PolicyService))))
        .ToDictionary(m => Snake(m.Name), m => m, StringComparer.Ordinal);

    /// <summary>The member of <paramref name="enumType"/> that Postfix writes as <paramref name="text"/>, or null.</summary>
    public static string? EnumMember(Type enumType, string text) =>
        Enum.GetValues(enumType).Cast<Enum>().FirstOrDefault(v => string.Equals(EnumText.Of(v), text, StringComparison.Ordinal)) is { } value
            ? Enum.GetName(enumType, value)
            : null;

    /// <summary>PascalCase of a Postfix name, as the catalog generator names properties.</summary>
    public static string Pascal(string name) =>
        string.Concat(name.Split('_', '-').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static Dictionary<string, (PropertyInfo, PostfixParameterAttribute)> Settable(Type type) => type.GetProperties()
        .Select(p => (Property: p, Parameter: p.GetCustomAttribute<PostfixParameterAttribute>()))
        .Where(p => p.Parameter is not null && p.Property.SetMethod is not null && p.Property.GetCustomAttribute<ObsoleteAttribute>() is not { IsError: true })
        .ToDictionary(p => p.Parameter!.Name, p => (p.Property, p.Parameter!), StringComparer.Ordinal);

    // RejectUnauthDestination -> reject_unauth_destination; CheckClientAAccess -> check_client_a_access.
    private static string Snake(string pascal)
    {
        var text = new System.Text.StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
