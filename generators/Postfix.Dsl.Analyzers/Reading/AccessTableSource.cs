using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// The keys of an access table that a restriction names, read from the source of the property or
/// field that holds it (<c>public static AccessTable Access { get; } = new() { FileName = ..., Entries = [...] }</c>),
/// wherever in the compilation it is declared. Only the syntax is read there: which entries use
/// <c>AccessKey.Address("...")</c>.
/// </summary>
internal sealed class AccessTableSource
{
    private AccessTableSource(string fileName, int total, List<string> addresses)
    {
        FileName = fileName;
        Total = total;
        Addresses = addresses;
    }

    public string FileName { get; }

    public int Total { get; }

    /// <summary>The <c>user@domain</c> keys, in order.</summary>
    public List<string> Addresses { get; }

    /// <summary>The table <paramref name="reference"/> names, or null when its entries are not written out in source.</summary>
    public static AccessTableSource? Read(ExpressionSyntax reference, SemanticModel model, CancellationToken cancellation)
    {
        var symbol = model.GetSymbolInfo(reference, cancellation).Symbol;
        if (symbol is not (IPropertySymbol or IFieldSymbol) || symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellation);
        var value = declaration switch
        {
            PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
            VariableDeclaratorSyntax variable => variable.Initializer?.Value,
            _ => null,
        };
        if (value is not BaseObjectCreationExpressionSyntax { Initializer: { } initializer })
        {
            return null;
        }

        var assignments = InitializerAssignment.Of(initializer);
        if (InitializerAssignment.Find(assignments, "FileName")?.Value is not LiteralExpressionSyntax { Token.Value: string fileName }
            || InitializerAssignment.Find(assignments, "Entries")?.Value is not CollectionExpressionSyntax entries
            || entries.Elements.Any(e => e is not ExpressionElementSyntax))
        {
            return null;
        }

        var addresses = new List<string>();
        foreach (var invocation in entries.Elements.SelectMany(e => e.DescendantNodes().OfType<InvocationExpressionSyntax>()))
        {
            if (invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Address", Expression: IdentifierNameSyntax { Identifier.ValueText: "AccessKey" } }
                && invocation.ArgumentList.Arguments is [{ Expression: LiteralExpressionSyntax { Token.Value: string address } }])
            {
                addresses.Add(address);
            }
        }

        return new AccessTableSource(fileName, entries.Elements.Count, addresses);
    }
}
