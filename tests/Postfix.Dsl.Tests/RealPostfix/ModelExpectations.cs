using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// What Postfix should report for a model value, derived from the model's typed values with the
/// rules of postconf(5), independently of the renderer: scalars as one text, lists as their items.
/// </summary>
internal static class ModelExpectations
{
    /// <summary>The expected text of a scalar parameter, or the expected items of a list parameter.</summary>
    public static (string? Scalar, IReadOnlyList<string>? Items) Of(object value, string configDirectory) => value switch
    {
        bool flag => (flag ? "yes" : "no", null),
        int number => (number.ToString(CultureInfo.InvariantCulture), null),
        long number => (number.ToString(CultureInfo.InvariantCulture), null),
        PostfixTime time => (time.Value.ToString(CultureInfo.InvariantCulture) + (time.Unit is { } unit ? "smhdw"[(int)unit].ToString() : string.Empty), null),
        Enum member => (EnumSpelling(member), null),
        string text => (text, null),
        IReadOnlyList<Restriction> restrictions => (null, restrictions.SelectMany(r => RestrictionWords(r, configDirectory)).ToList()),
        IReadOnlyList<TableReference> tables => (null, tables.Select(t => Reference(t, configDirectory)).ToList()),
        IReadOnlyList<string> items => (null, items),
        IReadOnlyList<NetworkItem> networks => (null, networks.Select(n => n.Text ?? Reference(n.Table!, configDirectory)).ToList()),
        _ => throw new InvalidOperationException($"no expectation for {value.GetType().Name}"),
    };

    public static string Reference(TableReference table, string configDirectory) => table switch
    {
        ExternalTable external => external.Reference,
        LookupTable generated => (generated.Proxied ? "proxy:" : "") + generated.Type.ToString().ToLowerInvariant() + ":" + configDirectory + "/" + generated.FileName,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The words a restriction contributes to a list: its name (none for a bare table lookup), then its table or argument.</summary>
    public static IEnumerable<string> RestrictionWords(Restriction restriction, string configDirectory)
    {
        if (restriction.Name.Length > 0)
        {
            yield return restriction.Name;
        }

        if (restriction.Table is { } table)
        {
            yield return Reference(table, configDirectory);
        }
        else if (restriction.Argument is { } argument)
        {
            yield return argument;
        }
    }

    /// <summary>The action text postmap -q answers for an access entry.</summary>
    public static string AccessAnswer(AccessAction action, string configDirectory) => action.Keyword.Length == 0
        ? string.Join(", ", action.Restrictions.Select(r => string.Join(" ", RestrictionWords(r, configDirectory))))
        : action.Text is { Length: > 0 } text ? action.Keyword + " " + text : action.Keyword;

    /// <summary>
    /// The result postmap -q answers for a transport entry, from transport(5) and smtp(8): <c>transport:nexthop</c>,
    /// a name in brackets when MX lookup is off, an IPv6 address as <c>[ipv6:address]</c>, then <c>:port</c>.
    /// </summary>
    public static string TransportAnswer(TransportRoute route)
    {
        if (route.Text is { } reason)
        {
            return route.Transport + ":" + reason;
        }

        if (route.Nexthop is not { } hop)
        {
            return route.Transport + ":";
        }

        var host = hop.IpAddress switch
        {
            null => hop.MxLookup ? hop.Name : $"[{hop.Name}]",
            { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } v6 => $"[ipv6:{v6}]",
            var v4 => $"[{v4}]",
        };
        return $"{route.Transport}:{host}" + (hop.Port is { } port ? ":" + port.ToString(CultureInfo.InvariantCulture) : string.Empty);
    }

    private static string EnumSpelling(Enum member) =>
        member.GetType().GetField(member.ToString())!.GetCustomAttribute<PostfixValueAttribute>()?.Value
        ?? member.ToString().ToLowerInvariant();
}
