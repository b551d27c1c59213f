namespace Postfix.Dsl;

/// <summary>How a table reference is written in a parameter: <c>type:directory/file</c>.</summary>
internal static class TableText
{
    public static string Reference(TableReference table, string configDirectory) => table switch
    {
        ExternalTable external => external.Reference,
        LookupTable generated => EnumText.Of(generated.Type) + ":" + configDirectory.TrimEnd('/') + "/" + generated.FileName,
        _ => throw new System.InvalidOperationException($"Unknown table reference {table.GetType().Name}."),
    };
}
