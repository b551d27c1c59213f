namespace Postfix.Dsl;

/// <summary>The unit letters Postfix accepts after a time value.</summary>
public enum TimeUnit
{
    /// <summary><c>s</c></summary>
    Seconds,

    /// <summary><c>m</c></summary>
    Minutes,

    /// <summary><c>h</c></summary>
    Hours,

    /// <summary><c>d</c></summary>
    Days,

    /// <summary><c>w</c></summary>
    Weeks,
}
