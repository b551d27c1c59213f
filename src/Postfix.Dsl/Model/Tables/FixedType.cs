using System;

namespace Postfix.Dsl;

/// <summary>The type of a table kind that has one (a database definition, a cidr network list): setting another is refused.</summary>
internal static class FixedType
{
    public static void Require(TableType value, TableType only, string kind)
    {
        if (value != only)
        {
            throw new ArgumentException($"A {kind} is always of type {EnumText.Of(only)}.", nameof(value));
        }
    }
}
