using System;

namespace Postfix.Dsl;

/// <summary>The exact text Postfix uses for an enum member, when it differs from the member name in lower case.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class PostfixValueAttribute(string value) : Attribute
{
    /// <summary>The text written to the configuration file.</summary>
    public string Value { get; } = value;
}
