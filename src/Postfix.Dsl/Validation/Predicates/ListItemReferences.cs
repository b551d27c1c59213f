namespace Postfix.Dsl;

/// <summary>
/// List items whose content only Postfix can resolve — <c>$name</c> expressions, <c>/file</c> names and
/// <c>type:table</c> references — so their syntax is not checked as a network or a domain.
/// Shared with the analyzers: keep it netstandard2.0-compatible.
/// </summary>
internal static class ListItemReferences
{
    /// <summary>True when <paramref name="item"/> is a $name expression, a file or a type:table reference.</summary>
    public static bool IsReference(string item) =>
        HostNameSyntax.HasExpansion(item)
        || item.StartsWith("/", System.StringComparison.Ordinal)
        || (IsTableReference(item) && !item.StartsWith("[", System.StringComparison.Ordinal));

    /// <summary>True for <c>type:name</c>: lower-case letters, a colon, then at least one non-blank character.</summary>
    public static bool IsTableReference(string item)
    {
        var colon = item.IndexOf(':');
        if (colon <= 0 || colon == item.Length - 1)
        {
            return false;
        }

        for (var i = 0; i < item.Length; i++)
        {
            var c = item[i];
            if (i < colon ? c is < 'a' or > 'z' : char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
