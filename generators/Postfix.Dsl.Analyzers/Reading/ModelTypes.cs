using Microsoft.CodeAnalysis;

namespace Postfix.Dsl.Analyzers;

/// <summary>The library's types the analyzers look for, by metadata name.</summary>
internal static class ModelTypes
{
    public const string Parameters = "Postfix.Dsl.Parameters";
    public const string Restrictions = "Postfix.Dsl.Restrictions";
    public const string Service = "Postfix.Dsl.Service";
    public const string MailHost = "Postfix.Dsl.MailHost";

    /// <summary>True when <paramref name="type"/> is the library type <paramref name="metadataName"/>.</summary>
    public static bool Is(ITypeSymbol? type, string metadataName) =>
        type is not null && type.ContainingNamespace?.ToDisplayString() + "." + type.Name == metadataName;
}
