using System;
using System.ComponentModel;

namespace Postfix.Dsl;

/// <summary>
/// Put by the catalog generator on every parameter property: the Postfix name, the catalog's kind and,
/// for an obsolete one, its replacement.
/// The editor analyzers read it, so they know what the catalog knows (which properties hold host
/// names or domain lists) instead of keeping lists of their own.
/// </summary>
/// <param name="name">The main.cf name, e.g. <c>smtp_helo_name</c>.</param>
/// <param name="kind">The catalog's kind of value.</param>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PostfixParameterAttribute(string name, ParameterKind kind) : Attribute
{
    /// <summary>The main.cf name.</summary>
    public string Name { get; } = name;

    /// <summary>The catalog's kind of value.</summary>
    public ParameterKind Kind { get; } = kind;

    /// <summary>
    /// For a renamed, legacy or obsolete parameter, what replaces it as the catalog says (for example
    /// <c>smtpd_tls_security_level</c>); null otherwise. The analyzers' PFX0301 and emit-time
    /// validation both name it.
    /// </summary>
    public string? Replacement { get; init; }
}
