namespace Postfix.Dsl.CatalogTool;

/// <summary>One line of parameters.tsv (see the README section "All of Postfix's parameters").</summary>
internal sealed record CatalogRow(
    string Name,
    string Type,
    string TypeSource,
    string Default,
    string Since,
    string Status,
    string Replacement,
    string Description,
    string DescriptionSource)
{
    public const string Header = "name\ttype\ttype_source\tdefault\tsince\tstatus\treplacement\tdescription\tdescription_source";

    public string Line => string.Join('\t', Name, Type, TypeSource, Default, Since, Status, Replacement, Description, DescriptionSource);
}
