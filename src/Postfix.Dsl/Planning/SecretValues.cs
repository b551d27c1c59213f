using System.Linq;
using System.Text.RegularExpressions;

namespace Postfix.Dsl;

/// <summary>
/// Values that hold a secret marker (<c>&lt;secret:name&gt;</c>): generated files have the marker where a
/// server's files have the value. Compared with the marker standing for any value, so that a server
/// with its secrets in place shows no drift; and never shown from the side that has the value, so that
/// a plan against a live server prints no password.
/// </summary>
internal static partial class SecretValues
{
    /// <summary>True when both mean the same, a marker on either side standing for any non-empty text.</summary>
    public static bool Same(string? a, string? b)
    {
        if (a == b)
        {
            return true;
        }

        if (a is null || b is null)
        {
            return false;
        }

        return (HasMarker(a) && Pattern(a).IsMatch(b)) || (HasMarker(b) && Pattern(b).IsMatch(a));
    }

    /// <summary><paramref name="value"/> as it may be printed: hidden when <paramref name="other"/> has a marker and it has none (it may be the value).</summary>
    public static string? Shown(string? value, string? other) =>
        value is not null && other is not null && HasMarker(other) && !HasMarker(value) ? "(hidden: the other side holds a secret here)" : value;

    /// <summary>A value of a password setting or table: shown only when it is a marker.</summary>
    public static string? Hidden(string? value) => value is null || HasMarker(value) ? value : "(hidden: a password)";

    private static bool HasMarker(string value) => Marker().IsMatch(value);

    private static Regex Pattern(string withMarkers) =>
        new("^" + string.Join(".+?", Marker().Split(withMarkers).Select(Regex.Escape)) + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    [GeneratedRegex(Secret.MarkerPattern)]
    private static partial Regex Marker();
}
