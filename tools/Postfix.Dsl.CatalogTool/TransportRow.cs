namespace Postfix.Dsl.CatalogTool;

/// <summary>One line of transport-parameters.tsv: a parameter Postfix derives from each delivery service's name.</summary>
internal sealed record TransportRow(
    string Suffix,
    string Type,
    string Default,
    string Commands,
    string Description,
    string DescriptionSource)
{
    public const string Header = "suffix\ttype\tdefault\tcommands\tdescription\tdescription_source";

    public string Line => string.Join('\t', Suffix, Type, Default, Commands, Description, DescriptionSource);
}
