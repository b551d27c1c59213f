using Microsoft.CodeAnalysis;

namespace Postfix.Dsl;

/// <summary>
/// What makes a <c>[PostfixHost]</c> member usable by the generated registry. One place, used by
/// the generator (to skip bad members) and the analyzer (to report them).
/// </summary>
internal static class HostMemberShape
{
    public const string AttributeName = "Postfix.Dsl.PostfixHostAttribute";
    public const string MailHostName = "Postfix.Dsl.MailHost";

    /// <summary>Null when the member can be read by the registry; otherwise why not (for PFX0100).</summary>
    public static string? Problem(ISymbol member)
    {
        var type = member switch
        {
            IPropertySymbol { IsIndexer: false, GetMethod: not null } property => property.Type,
            IPropertySymbol { IsIndexer: true } => null,
            IPropertySymbol => null,
            IFieldSymbol field => field.Type,
            IMethodSymbol { Parameters.Length: 0, IsGenericMethod: false } method => method.ReturnType,
            _ => null,
        };
        if (type is null)
        {
            return member is IMethodSymbol ? "takes parameters or type parameters" : "cannot be read (no getter, or an indexer)";
        }

        if (type.ToDisplayString() != MailHostName)
        {
            return $"its type is {type.ToDisplayString()}";
        }

        // The registry reads Type.Member from elsewhere in the assembly: every enclosing type must allow it.
        for (ISymbol? scope = member; scope is not null; scope = scope.ContainingType)
        {
            if (scope.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                return $"'{scope.Name}' is {scope.DeclaredAccessibility.ToString().ToLowerInvariant()}, so the registry cannot read it";
            }

            if (scope is INamedTypeSymbol { IsGenericType: true })
            {
                return $"'{scope.Name}' is generic";
            }
        }

        return null;
    }
}
