namespace Postfix.Dsl;

/// <summary>How serious a validation finding is.</summary>
public enum ValidationSeverity
{
    /// <summary>The host is not written.</summary>
    Error,

    /// <summary>The host is written; the finding is reported with the result.</summary>
    Warning,
}
