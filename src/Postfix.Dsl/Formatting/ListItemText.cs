namespace Postfix.Dsl;

/// <summary>How one item of a main.cf list is written.</summary>
internal static class ListItemText
{
    /// <summary>
    /// An item that holds whitespace or a comma would be split by Postfix, so it is grouped as
    /// <c>{ item }</c> (Postfix 3.0+).
    /// </summary>
    public static string Group(string item) =>
        NeedsGrouping(item) ? "{ " + item + " }" : item;

    public static bool NeedsGrouping(string item)
    {
        foreach (var c in item)
        {
            if (c is ' ' or '\t' or ',')
            {
                return true;
            }
        }

        return false;
    }
}
