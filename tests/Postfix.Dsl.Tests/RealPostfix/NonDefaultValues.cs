using System;
using System.Linq;
using System.Reflection;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// A value of each parameter's type that differs from Postfix's default, and the text Postfix must
/// read back for it (written here by hand, not by the library's ParameterText).
/// </summary>
internal static class NonDefaultValues
{
    public static (object Value, string Expected) For(ParameterKind kind, string name, string defaultValue, TimeUnit? unit, Type propertyType)
    {
        switch (kind)
        {
            case ParameterKind.Bool:
                return defaultValue == "yes" ? (false, "no") : (true, "yes");
            case ParameterKind.Int:
                var number = int.TryParse(defaultValue, out var n) ? n + 1 : 7;
                return (number, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            case ParameterKind.Long:
                var size = long.TryParse(defaultValue, out var l) ? l + 1 : 7L;
                return (size, size.ToString(System.Globalization.CultureInfo.InvariantCulture));
            case ParameterKind.Time:
                var letter = "smhdw"[(int)unit!.Value];
                var count = defaultValue == "7" + letter ? 8 : 7;
                return (Time(count, unit.Value), $"{count}{letter}");
            case ParameterKind.Enum:
                var enumType = Nullable.GetUnderlyingType(propertyType)!;
                var member = enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
                    .Select(f => (Value: f.GetValue(null)!, Text: f.GetCustomAttribute<PostfixValueAttribute>()?.Value ?? f.Name.ToLowerInvariant()))
                    .First(m => m.Text != defaultValue);
                return (member.Value, member.Text);
            case ParameterKind.HostName:
                return ("mail.example.net", "mail.example.net");
            case ParameterKind.DomainName:
                return ("example.net", "example.net");
            case ParameterKind.Transport:
                return ("smtp:[mail.example.net]:25", "smtp:[mail.example.net]:25");
            case ParameterKind.String or ParameterKind.Raw:
                return ("value-of-" + name, "value-of-" + name);
            case ParameterKind.List:
                return (new[] { "alpha", "beta" }, "alpha, beta");
            case ParameterKind.DomainList:
                // A domain of the parameter's own: one domain in two address classes is an error (PFX0325).
                var domain = name.Replace('_', '-') + ".example.net";
                return (new[] { domain, ".example.org" }, domain + ", .example.org");
            case ParameterKind.NetworkList:
                return (new NetworkItem[] { "192.0.2.0/24", "[2001:db8::]/32" }, "192.0.2.0/24, [2001:db8::]/32");
            case ParameterKind.Maps:
                return (new TableReference[] { "hash:/etc/postfix/" + name }, "hash:/etc/postfix/" + name);
            case ParameterKind.Restrictions:
                return (new[] { Restrictions.PermitMynetworks, Restrictions.RejectUnauthDestination }, "permit_mynetworks, reject_unauth_destination");
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, name);
        }
    }

    private static PostfixTime Time(int count, TimeUnit unit) => unit switch
    {
        TimeUnit.Seconds => PostfixTime.Seconds(count),
        TimeUnit.Minutes => PostfixTime.Minutes(count),
        TimeUnit.Hours => PostfixTime.Hours(count),
        TimeUnit.Days => PostfixTime.Days(count),
        _ => PostfixTime.Weeks(count),
    };
}
