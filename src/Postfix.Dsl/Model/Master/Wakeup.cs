using System;
using System.Globalization;

namespace Postfix.Dsl;

/// <summary>The wakeup column of master.cf: wake the service every so many seconds.</summary>
public readonly record struct Wakeup
{
    private Wakeup(int seconds, bool onlyWhenUsed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seconds);
        Seconds = seconds;
        OnlyWhenUsed = onlyWhenUsed;
    }

    /// <summary>The interval in seconds.</summary>
    public int Seconds { get; }

    /// <summary>True for the <c>?</c> suffix: wake only after the service has been used once.</summary>
    public bool OnlyWhenUsed { get; }

    /// <summary>Wake every <paramref name="seconds"/> seconds (<c>60</c>).</summary>
    public static Wakeup Every(int seconds) => new(seconds, onlyWhenUsed: false);

    /// <summary>Wake every <paramref name="seconds"/> seconds once the service was used (<c>1000?</c>).</summary>
    public static Wakeup EveryOnceUsed(int seconds) => new(seconds, onlyWhenUsed: true);

    /// <summary>The master.cf form.</summary>
    public override string ToString() =>
        Seconds.ToString(CultureInfo.InvariantCulture) + (OnlyWhenUsed ? "?" : string.Empty);
}
