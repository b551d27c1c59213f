namespace Postfix.Dsl;

/// <summary>How serious a finding is. Only <see cref="Error"/> stops a host from being written.</summary>
public enum ValidationSeverity
{
    /// <summary>The host would be broken or unsafe; nothing is written.</summary>
    Error,

    /// <summary>The host works, but is risky or uses something Postfix is removing; it is written and the warning reported.</summary>
    Warning,

    /// <summary>Worth knowing (a value that silently wins over another); it is written and the note reported.</summary>
    Info,
}
