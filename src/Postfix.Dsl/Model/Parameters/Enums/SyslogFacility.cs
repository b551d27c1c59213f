namespace Postfix.Dsl;

/// <summary>Syslog facilities, as used by <c>syslog_facility</c> and syslog.conf selectors.</summary>
public enum SyslogFacility
{
    /// <summary><c>mail</c>: Postfix's default.</summary>
    Mail,

    /// <summary><c>auth</c></summary>
    Auth,

    /// <summary><c>authpriv</c></summary>
    Authpriv,

    /// <summary><c>cron</c></summary>
    Cron,

    /// <summary><c>daemon</c></summary>
    Daemon,

    /// <summary><c>kern</c></summary>
    Kern,

    /// <summary><c>lpr</c></summary>
    Lpr,

    /// <summary><c>news</c></summary>
    News,

    /// <summary><c>syslog</c></summary>
    Syslog,

    /// <summary><c>user</c></summary>
    User,

    /// <summary><c>uucp</c></summary>
    Uucp,

    /// <summary><c>local0</c></summary>
    Local0,

    /// <summary><c>local1</c></summary>
    Local1,

    /// <summary><c>local2</c></summary>
    Local2,

    /// <summary><c>local3</c></summary>
    Local3,

    /// <summary><c>local4</c></summary>
    Local4,

    /// <summary><c>local5</c></summary>
    Local5,

    /// <summary><c>local6</c></summary>
    Local6,

    /// <summary><c>local7</c></summary>
    Local7,
}
