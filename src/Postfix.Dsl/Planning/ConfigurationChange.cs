namespace Postfix.Dsl;

/// <summary>How an item differs between two configurations.</summary>
public enum ChangeKind
{
    /// <summary>Only the new configuration has it (or sets it away from Postfix's default).</summary>
    Added,

    /// <summary>Only the old configuration has it.</summary>
    Removed,

    /// <summary>Both have it, with different meanings.</summary>
    Changed,
}

/// <summary>One difference in meaning between two configuration directories, with what it needs.</summary>
/// <param name="File">The file, e.g. <c>main.cf</c>, <c>master.cf</c>, <c>access</c>.</param>
/// <param name="Item">What changed in it: a parameter, <c>submission/inet -o smtpd_tls_security_level</c>, <c>key spam.example</c>.</param>
/// <param name="Kind">Added, removed or changed.</param>
/// <param name="Before">The old meaning as written (effective value for a parameter), or null when added.</param>
/// <param name="After">The new meaning, or null when removed.</param>
/// <param name="Action">What a running Postfix needs for it.</param>
/// <param name="Command">The command that builds the changed table (<c>postmap hash:/etc/postfix/access</c>), or null.</param>
/// <param name="Note">Why a change that is not visible in the text is one (a <c>$name</c> it expands changed, an order of first-match rules).</param>
public sealed record ConfigurationChange(
    string File,
    string Item,
    ChangeKind Kind,
    string? Before,
    string? After,
    ChangeAction Action,
    string? Command = null,
    string? Note = null);
