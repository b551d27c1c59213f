namespace Postfix.Dsl;

/// <summary>Diagnostics of the build integration itself (not of a host's values). IDs are stable.</summary>
public static class BuildRules
{
    /// <summary>PFX0103: verify mode found a generated file that differs from what the model produces.</summary>
    public static ValidationRule OutputOutOfDate { get; } = new("PFX0103", "Generated file is out of date");

    /// <summary>PFX0104: reading a host definition threw an exception.</summary>
    public static ValidationRule DefinitionThrew { get; } = new("PFX0104", "Host definition threw an exception");
}
