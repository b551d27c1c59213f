namespace Postfix.Dsl;

/// <summary>Values of <c>sendmail_fix_line_endings</c>: how the sendmail command treats CRLF in submitted mail.</summary>
public enum SendmailFixLineEndings
{
    /// <summary><c>always</c>: turn every CRLF into LF (the default).</summary>
    Always,

    /// <summary><c>strict</c>: only when the first line ends in CRLF.</summary>
    Strict,

    /// <summary><c>never</c>: leave line endings alone.</summary>
    Never,
}
