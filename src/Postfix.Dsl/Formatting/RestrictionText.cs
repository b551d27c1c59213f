namespace Postfix.Dsl;

/// <summary>How a restriction is written: its name, then its table or argument.</summary>
internal static class RestrictionText
{
    public static string Render(Restriction restriction, string configDirectory)
    {
        if (restriction.Table is { } table)
        {
            // A bare table (Restriction.LookupIn) is written alone.
            return restriction.Name.Length == 0 ? TableText.Reference(table, configDirectory) : restriction.Name + " " + TableText.Reference(table, configDirectory);
        }

        return restriction.Argument is { } argument ? restriction.Name + " " + argument : restriction.Name;
    }
}
