using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>One <c>Property = value</c> of an object initializer or a <c>with</c> expression.</summary>
/// <param name="Property">The property's C# name, e.g. <c>SmtpdRelayRestrictions</c>.</param>
/// <param name="Value">The assigned expression.</param>
/// <param name="Syntax">The whole assignment.</param>
internal sealed record InitializerAssignment(string Property, ExpressionSyntax Value, AssignmentExpressionSyntax Syntax)
{
    /// <summary>The simple assignments of <paramref name="initializer"/>, in source order.</summary>
    public static List<InitializerAssignment> Of(InitializerExpressionSyntax? initializer)
    {
        var assignments = new List<InitializerAssignment>();
        if (initializer is null)
        {
            return assignments;
        }

        foreach (var expression in initializer.Expressions)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } assignment)
            {
                assignments.Add(new InitializerAssignment(left.Identifier.ValueText, assignment.Right, assignment));
            }
        }

        return assignments;
    }

    /// <summary>The assignment to <paramref name="property"/>, or null.</summary>
    public static InitializerAssignment? Find(List<InitializerAssignment> assignments, string property)
    {
        foreach (var assignment in assignments)
        {
            if (assignment.Property == property)
            {
                return assignment;
            }
        }

        return null;
    }
}
