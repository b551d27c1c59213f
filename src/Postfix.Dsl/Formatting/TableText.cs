namespace Postfix.Dsl;

/// <summary>How a table reference is written in a parameter (<c>type:directory/file</c>) and named in a table's header.</summary>
internal static class TableText
{
    public static string Reference(TableReference table, string configDirectory) => table switch
    {
        ExternalTable external => external.Reference,
        TableExpansion expansion => expansion.Expansion.Text,
        LookupTable generated => (generated.Proxied ? "proxy:" : string.Empty) + File(generated, configDirectory),
        _ => throw new System.InvalidOperationException($"Unknown table reference {table.GetType().Name}."),
    };

    /// <summary>The table's own reference, without <c>proxy:</c>: what postmap builds and queries.</summary>
    public static string File(LookupTable table, string configDirectory) =>
        EnumText.Of(table.Type) + ":" + configDirectory.TrimEnd('/') + "/" + table.FileName;

    /// <summary>The second header line of a literal-key table: its reference, and the command that builds it when it needs one.</summary>
    public static string PostmapNote(LookupTable table, string configDirectory)
    {
        var reference = Reference(table, configDirectory);
        return table.BuildCommand is { } command
            ? $"Referenced as {reference}; rebuild it after every change with: {command} {File(table, configDirectory)}"
            : $"Referenced as {reference}; read as text, no postmap needed.";
    }
}
