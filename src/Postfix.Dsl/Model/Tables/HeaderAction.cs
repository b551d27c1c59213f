namespace Postfix.Dsl;

/// <summary>The action of a header_checks or body_checks rule, named as in header_checks(5).</summary>
public sealed record HeaderAction
{
    private HeaderAction(string keyword, string? text = null)
    {
        Keyword = keyword;
        Text = text;
    }

    /// <summary>The action word.</summary>
    public string Keyword { get; }

    /// <summary>The text after the word, or null.</summary>
    public string? Text { get; }

    /// <summary><c>DUNNO</c>: stop, the line is accepted.</summary>
    public static HeaderAction Dunno { get; } = new("DUNNO");

    /// <summary><c>OK</c>: accepted by Postfix and treated like DUNNO.</summary>
    public static HeaderAction Ok { get; } = new("OK");

    /// <summary><c>IGNORE</c>: delete the header line.</summary>
    public static HeaderAction Ignore { get; } = new("IGNORE");

    /// <summary><c>PASS</c>: skip all further header and body checks (not in smtp_*_checks).</summary>
    public static HeaderAction Pass { get; } = new("PASS");

    /// <summary><c>REJECT [text]</c>: refuse the whole message.</summary>
    public static HeaderAction Reject(string? text = null) => new("REJECT", text);

    /// <summary><c>WARN [text]</c>: log a warning and go on.</summary>
    public static HeaderAction Warn(string? text = null) => new("WARN", text);

    /// <summary><c>INFO [text]</c>: log an informational record and go on.</summary>
    public static HeaderAction Info(string? text = null) => new("INFO", text);

    /// <summary><c>HOLD [text]</c>: put the message in the hold queue.</summary>
    public static HeaderAction Hold(string? text = null) => new("HOLD", text);

    /// <summary><c>DISCARD [text]</c>: accept and silently drop the message.</summary>
    public static HeaderAction Discard(string? text = null) => new("DISCARD", text);

    /// <summary><c>STRIP [text]</c>: like IGNORE, and log the text.</summary>
    public static HeaderAction Strip(string? text = null) => new("STRIP", text);

    /// <summary><c>PREPEND text</c>: add a header line before the matched one.</summary>
    public static HeaderAction Prepend(string header) => new("PREPEND", header);

    /// <summary><c>REPLACE text</c>: replace the matched line.</summary>
    public static HeaderAction Replace(string header) => new("REPLACE", header);

    /// <summary><c>REDIRECT user@domain</c>: deliver to this address instead.</summary>
    public static HeaderAction Redirect(string address) => new("REDIRECT", address);

    /// <summary><c>BCC user@domain</c>: send a blind copy (Postfix 3.0+).</summary>
    public static HeaderAction Bcc(string address) => new("BCC", address);

    /// <summary><c>FILTER transport:destination</c>: route through a content filter.</summary>
    public static HeaderAction Filter(string nexthop) => new("FILTER", nexthop);
}
