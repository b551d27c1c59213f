using System;
using System.Globalization;

namespace Postfix.Dsl;

/// <summary>
/// A Postfix time value: a whole number with exactly one unit, or a bare number (<see cref="Bare"/>).
/// Postfix reads only the first unit letter (<c>1h30m</c> silently means 1h), so a value with two
/// units cannot be expressed here: write <c>PostfixTime.Minutes(90)</c>.
/// </summary>
public readonly record struct PostfixTime
{
    private PostfixTime(int value, TimeUnit? unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Value = value;
        Unit = unit;
    }

    /// <summary>The number of units.</summary>
    public int Value { get; }

    /// <summary>The unit; null for a bare number, which Postfix reads in the parameter's own default unit.</summary>
    public TimeUnit? Unit { get; }

    /// <summary>
    /// A bare number, written without a unit, as many existing files say it (<c>1200</c>): Postfix
    /// reads it in the parameter's own default unit (seconds for most, days for a few; postconf(5)
    /// names it, and so does each property's tooltip). Prefer a unit in new configurations; this keeps
    /// an imported file's meaning and its diff exactly.
    /// </summary>
    public static PostfixTime Bare(int value) => new(value, unit: null);

    /// <summary>A time in seconds, written <c>Ns</c>.</summary>
    public static PostfixTime Seconds(int value) => new(value, TimeUnit.Seconds);

    /// <summary>A time in minutes, written <c>Nm</c>.</summary>
    public static PostfixTime Minutes(int value) => new(value, TimeUnit.Minutes);

    /// <summary>A time in hours, written <c>Nh</c>.</summary>
    public static PostfixTime Hours(int value) => new(value, TimeUnit.Hours);

    /// <summary>A time in days, written <c>Nd</c>.</summary>
    public static PostfixTime Days(int value) => new(value, TimeUnit.Days);

    /// <summary>A time in weeks, written <c>Nw</c>.</summary>
    public static PostfixTime Weeks(int value) => new(value, TimeUnit.Weeks);

    /// <summary>The largest unit that expresses <paramref name="time"/> exactly (whole seconds only).</summary>
    public static PostfixTime From(TimeSpan time)
    {
        if (time.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            throw new ArgumentException($"Postfix times are whole seconds; {time} is not.", nameof(time));
        }

        var seconds = checked((int)(time.Ticks / TimeSpan.TicksPerSecond));
        return seconds switch
        {
            0 => Seconds(0),
            _ when seconds % 604800 == 0 => Weeks(seconds / 604800),
            _ when seconds % 86400 == 0 => Days(seconds / 86400),
            _ when seconds % 3600 == 0 => Hours(seconds / 3600),
            _ when seconds % 60 == 0 => Minutes(seconds / 60),
            _ => Seconds(seconds),
        };
    }

    /// <summary>The main.cf form, e.g. <c>300s</c>, or <c>300</c> for a bare number.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + Unit switch
    {
        null => string.Empty,
        TimeUnit.Seconds => "s",
        TimeUnit.Minutes => "m",
        TimeUnit.Hours => "h",
        TimeUnit.Days => "d",
        _ => "w",
    };
}
