using System;

namespace Postfix.Dsl.Tests;

/// <summary>
/// Reflection over typed parameter properties for the tests that set every parameter: a scalar
/// property holds a <see cref="PostfixValue{T}"/>, set from a literal through its implicit conversion.
/// </summary>
internal static class ModelProperty
{
    /// <summary>The nullable literal type of a property (<c>int?</c> for <c>PostfixValue&lt;int&gt;?</c>); other types as they are.</summary>
    public static Type LiteralType(Type propertyType) =>
        ScalarLiteral(propertyType) is { } literal ? typeof(Nullable<>).MakeGenericType(literal) : propertyType;

    /// <summary>The value to set on a property of <paramref name="propertyType"/> for a literal (or a list) value.</summary>
    public static object? Wrap(Type propertyType, object? value) =>
        value is not null && ScalarLiteral(propertyType) is { } literal
            ? typeof(PostfixValue<>).MakeGenericType(literal).GetMethod("op_Implicit", [literal])!.Invoke(null, [value])
            : value;

    private static Type? ScalarLiteral(Type propertyType) =>
        Nullable.GetUnderlyingType(propertyType) is { IsGenericType: true } inner && inner.GetGenericTypeDefinition() == typeof(PostfixValue<>)
            ? inner.GetGenericArguments()[0]
            : null;
}
