namespace Postfix.Dsl;

/// <summary>One letter of a pipe(8) service's <c>flags=</c>, named for what it does.</summary>
public enum PipeFlag
{
    /// <summary><c>B</c>: append a blank line at the end of each message.</summary>
    [PostfixValue("B")]
    AppendBlankLine,

    /// <summary><c>D</c>: prepend a <c>Delivered-To:</c> header.</summary>
    [PostfixValue("D")]
    DeliveredTo,

    /// <summary><c>F</c>: prepend a <c>From sender time_stamp</c> envelope line.</summary>
    [PostfixValue("F")]
    FromLine,

    /// <summary><c>O</c>: prepend an <c>X-Original-To:</c> header.</summary>
    [PostfixValue("O")]
    OriginalTo,

    /// <summary><c>R</c>: prepend a <c>Return-Path:</c> header.</summary>
    [PostfixValue("R")]
    ReturnPath,

    /// <summary><c>X</c>: the command performs final delivery (the success DSN says "delivered").</summary>
    [PostfixValue("X")]
    FinalDelivery,

    /// <summary><c>h</c>: fold the domain of <c>${nexthop}</c> and <c>${recipient}</c> to lower case.</summary>
    [PostfixValue("h")]
    LowerCaseHost,

    /// <summary><c>q</c>: quote the address localparts in <c>${sender}</c>, <c>${recipient}</c> ... as RFC 5322 requires.</summary>
    [PostfixValue("q")]
    QuoteAddresses,

    /// <summary><c>u</c>: fold the localpart of <c>${recipient}</c> to lower case.</summary>
    [PostfixValue("u")]
    LowerCaseUser,

    /// <summary><c>.</c>: prepend <c>.</c> to lines that start with <c>.</c> (SMTP dot-stuffing).</summary>
    [PostfixValue(".")]
    DotStuffing,

    /// <summary><c>&gt;</c>: prepend <c>&gt;</c> to lines that start with <c>From </c> (mbox quoting).</summary>
    [PostfixValue(">")]
    QuoteFromLines,
}
