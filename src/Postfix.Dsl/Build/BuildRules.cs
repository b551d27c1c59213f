using Postfix.Dsl.Rules;

namespace Postfix.Dsl;

/// <summary>Diagnostics of the build integration itself (not of a host's values). IDs are stable.</summary>
public static class BuildRules
{
    /// <summary>PFX0103: verify mode found a generated file that differs from what the model produces.</summary>
    public static ValidationRule OutputOutOfDate { get; } = ValidationRule.From(RuleCatalog.OutputOutOfDate);

    /// <summary>PFX0104: reading a host definition threw an exception.</summary>
    public static ValidationRule DefinitionThrew { get; } = ValidationRule.From(RuleCatalog.DefinitionThrew);

    /// <summary>PFX0106: the output folder holds a symbolic link, a stray folder or a tampered manifest where the emit would write or delete.</summary>
    public static ValidationRule UnsafeOutput { get; } = ValidationRule.From(RuleCatalog.UnsafeOutput);

    /// <summary>PFX0107: the file system refused a write (read-only folder, full disk, path too long); every file was left as it was.</summary>
    public static ValidationRule WriteFailed { get; } = ValidationRule.From(RuleCatalog.WriteFailed);
}
