using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Postfix.Dsl.Generators.Symbols;

/// <summary>The types a build-only generator reads from the library being compiled.</summary>
internal static class LibraryTypes
{
    /// <summary>Every type of <paramref name="ns"/> and its namespaces, nested types included.</summary>
    public static IEnumerable<INamedTypeSymbol> All(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                foreach (var type in All(inner))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                foreach (var nested in WithNested(type))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>True when <paramref name="type"/> and every type it is nested in are public.</summary>
    public static bool IsPublic(INamedTypeSymbol type)
    {
        for (var scope = type; scope is not null; scope = scope.ContainingType)
        {
            if (scope.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type)
    {
        yield return type;
        foreach (var nested in type.GetTypeMembers().SelectMany(WithNested))
        {
            yield return nested;
        }
    }
}
