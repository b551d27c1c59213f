namespace Postfix.Dsl;

/// <summary>Syslog priorities in a selector, from lowest to highest, plus <c>*</c> and <c>none</c>.</summary>
public enum SyslogPriority
{
    /// <summary><c>debug</c></summary>
    Debug,

    /// <summary><c>info</c></summary>
    Info,

    /// <summary><c>notice</c></summary>
    Notice,

    /// <summary><c>warn</c> (the spelling the seed and most syslog.conf files use)</summary>
    [PostfixValue("warn")]
    Warning,

    /// <summary><c>err</c></summary>
    Err,

    /// <summary><c>crit</c></summary>
    Crit,

    /// <summary><c>alert</c></summary>
    Alert,

    /// <summary><c>emerg</c></summary>
    Emerg,

    /// <summary><c>*</c>: every priority.</summary>
    [PostfixValue("*")]
    All,

    /// <summary><c>none</c>: no priority of these facilities (excludes them from a wider selector).</summary>
    None,
}
