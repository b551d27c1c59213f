using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Postfix.Dsl.Generators.HostDiscovery;

/// <summary>
/// Reads the <c>[SuppressMessage(category, "PFXnnnn[:title]")]</c> attributes that apply to a
/// <c>[PostfixHost]</c> member — its own and those of every type that contains it, as the compiler
/// scopes them — so the build honours the same suppressions the editor does.
/// </summary>
internal static class HostSuppressions
{
    private const string AttributeName = "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute";

    /// <summary>The suppressed Postfix.Dsl rule IDs, distinct and in ordinal order.</summary>
    public static IEnumerable<string> Read(ISymbol member)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        for (ISymbol? scope = member; scope is not null and not INamespaceSymbol; scope = scope.ContainingType)
        {
            foreach (var attribute in scope.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == AttributeName
                    && attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[1].Value is string checkId
                    && RuleId(checkId) is { } id)
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }

    // "PFX0312" or "PFX0312:master.cf -o overrides a main.cf value": the ID is what precedes the colon.
    private static string? RuleId(string checkId)
    {
        var id = checkId.Split(':')[0].Trim();
        return id.StartsWith("PFX", StringComparison.Ordinal) && id.Length > 3 && id.Skip(3).All(char.IsDigit) ? id : null;
    }
}
