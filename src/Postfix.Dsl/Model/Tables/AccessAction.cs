using System.Collections.Generic;
using System.Globalization;

namespace Postfix.Dsl;

/// <summary>The action of an access(5) entry. Create with the static members, named as in access(5).</summary>
public sealed record AccessAction
{
    private AccessAction(string keyword, string? text = null, IReadOnlyList<Restriction>? restrictions = null)
    {
        Keyword = keyword;
        Text = text;
        Restrictions = ValueList.Of(restrictions ?? []);
    }

    /// <summary>The action word (<c>OK</c>, <c>REJECT</c>, <c>550</c>, ...), or empty for a restriction list.</summary>
    public string Keyword { get; }

    /// <summary>The text after the keyword (reply text, header, address, next hop), or null.</summary>
    public string? Text { get; }

    /// <summary>For a restriction-list action, the restrictions; otherwise empty.</summary>
    public IReadOnlyList<Restriction> Restrictions { get; }

    /// <summary><c>OK</c>: accept.</summary>
    public static AccessAction Ok { get; } = new("OK");

    /// <summary><c>DUNNO</c>: stop looking in this table, continue with the next restriction.</summary>
    public static AccessAction Dunno { get; } = new("DUNNO");

    /// <summary><c>DEFER_IF_REJECT</c>: defer when a later restriction rejects.</summary>
    public static AccessAction DeferIfReject { get; } = new("DEFER_IF_REJECT");

    /// <summary><c>DEFER_IF_PERMIT</c>: defer when a later restriction permits.</summary>
    public static AccessAction DeferIfPermit { get; } = new("DEFER_IF_PERMIT");

    /// <summary><c>REJECT [text]</c>: permanent refusal.</summary>
    public static AccessAction Reject(string? text = null) => new("REJECT", text);

    /// <summary><c>DEFER [text]</c>: temporary refusal.</summary>
    public static AccessAction Defer(string? text = null) => new("DEFER", text);

    /// <summary><c>4NN text</c> or <c>5NN text</c>: refusal with this SMTP code (421 and 521 also disconnect).</summary>
    public static AccessAction Reply(int code, string text) => new(code.ToString(CultureInfo.InvariantCulture), text);

    /// <summary><c>HOLD [text]</c>: accept into the hold queue.</summary>
    public static AccessAction Hold(string? text = null) => new("HOLD", text);

    /// <summary><c>DISCARD [text]</c>: accept and silently drop.</summary>
    public static AccessAction Discard(string? text = null) => new("DISCARD", text);

    /// <summary><c>FILTER transport:destination</c>: send the message through a content filter.</summary>
    public static AccessAction Filter(string nexthop) => new("FILTER", nexthop);

    /// <summary><c>REDIRECT user@domain</c>: send the message to this address instead.</summary>
    public static AccessAction Redirect(string address) => new("REDIRECT", address);

    /// <summary><c>PREPEND header: value</c>: add a header line.</summary>
    public static AccessAction Prepend(string header) => new("PREPEND", header);

    /// <summary><c>BCC user@domain</c>: send a blind copy.</summary>
    public static AccessAction Bcc(string address) => new("BCC", address);

    /// <summary><c>WARN text</c>: log a warning.</summary>
    public static AccessAction Warn(string text) => new("WARN", text);

    /// <summary><c>INFO text</c>: log an informational record.</summary>
    public static AccessAction Info(string text) => new("INFO", text);

    /// <summary>A restriction list evaluated in place of the entry, e.g. <c>reject_unknown_sender_domain</c>.</summary>
    public static AccessAction Restrict(params Restriction[] restrictions) => new(string.Empty, restrictions: restrictions);
}
