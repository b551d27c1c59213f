namespace Postfix.Dsl;

/// <summary>Values of <c>milter_default_action</c>: what to do with mail when a milter is unavailable.</summary>
public enum MilterDefaultAction
{
    /// <summary><c>accept</c>: proceed as if the milter did not exist.</summary>
    Accept,

    /// <summary><c>reject</c>: reject the mail permanently.</summary>
    Reject,

    /// <summary><c>tempfail</c>: reject the mail temporarily (Postfix's default).</summary>
    Tempfail,

    /// <summary><c>quarantine</c>: accept the mail and put it on hold.</summary>
    Quarantine,
}
