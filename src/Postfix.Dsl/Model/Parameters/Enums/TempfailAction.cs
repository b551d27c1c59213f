namespace Postfix.Dsl;

/// <summary>Values of <c>reject_tempfail_action</c> and its relatives: what smtpd answers when a check fails temporarily.</summary>
public enum TempfailAction
{
    /// <summary><c>defer_if_permit</c>: defer only if the rest of the restrictions would accept the mail (the default).</summary>
    [PostfixValue("defer_if_permit")]
    DeferIfPermit,

    /// <summary><c>defer</c>: defer at once.</summary>
    Defer,
}
