using System;

namespace Postfix.Dsl;

/// <summary>
/// Marks a static property, field or parameterless method that returns a <see cref="MailHost"/> as a
/// host to generate. The Postfix.Dsl generator lists every marked member in a registry compiled into
/// your assembly, and <c>dotnet build</c> writes each host into <c>postfix/&lt;host name&gt;/</c>.
/// </summary>
/// <example>
/// <code>
/// [PostfixHost]
/// public static MailHost Neptune { get; } = new() { Name = "neptune", ... };
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PostfixHostAttribute : Attribute
{
}
