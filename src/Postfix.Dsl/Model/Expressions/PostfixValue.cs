using System;
using System.Collections.Generic;

namespace Postfix.Dsl;

/// <summary>
/// The value of a typed scalar parameter (<c>int</c>, <c>bool</c>, <c>long</c>, a time or an enum):
/// a literal, checked and written in Postfix's form, or an <see cref="Dsl.Expansion"/> that Postfix
/// computes. Both convert implicitly, so <c>SmtpdHardErrorLimit = 20</c> and
/// <c>SmtpdHardErrorLimit = Expansion.IfSet(ParameterCatalog.Stress, "1") + Expansion.IfUnset(ParameterCatalog.Stress, "5")</c>
/// both read as main.cf does.
/// </summary>
/// <typeparam name="T">The literal's type.</typeparam>
public readonly struct PostfixValue<T> : IEquatable<PostfixValue<T>>
    where T : struct
{
    private readonly T _literal;

    private PostfixValue(T literal, Expansion? expansion)
    {
        _literal = literal;
        Expansion = expansion;
    }

    /// <summary>The expression Postfix computes, or null for a literal.</summary>
    public Expansion? Expansion { get; }

    /// <summary>True when this is an expression rather than a literal.</summary>
    public bool IsExpansion => Expansion is not null;

    /// <summary>The literal; null when this is an expression.</summary>
    public T? Literal => Expansion is null ? _literal : null;

    /// <summary>The literal; throws when this is an expression, whose value only Postfix knows.</summary>
    public T Value => Expansion is null
        ? _literal
        : throw new InvalidOperationException($"The value is the expression {Expansion.Text}, which Postfix computes; read Literal or Expansion.");

    /// <summary>The model's value: the literal, or the <see cref="Dsl.Expansion"/>.</summary>
    internal object Boxed => (object?)Expansion ?? _literal;

    /// <summary>A literal value.</summary>
    public static implicit operator PostfixValue<T>(T literal) => new(literal, null);

    /// <summary>An expression Postfix computes.</summary>
    public static implicit operator PostfixValue<T>(Expansion expansion) =>
        new(default, expansion ?? throw new ArgumentNullException(nameof(expansion)));

    /// <summary>Equal literals, or equal expressions.</summary>
    public static bool operator ==(PostfixValue<T> left, PostfixValue<T> right) => left.Equals(right);

    /// <summary>Different literals or expressions.</summary>
    public static bool operator !=(PostfixValue<T> left, PostfixValue<T> right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(PostfixValue<T> other) =>
        Expansion is null ? other.Expansion is null && EqualityComparer<T>.Default.Equals(_literal, other._literal) : Expansion.Equals(other.Expansion);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PostfixValue<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Expansion?.GetHashCode() ?? EqualityComparer<T>.Default.GetHashCode(_literal);

    /// <inheritdoc/>
    public override string ToString() => Expansion?.Text ?? _literal.ToString() ?? string.Empty;
}
