using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Postfix.Dsl.Analyzers;

/// <summary>One element of a restriction list as written in source.</summary>
/// <param name="Name">The Postfix name (<c>permit_mynetworks</c>), or null when the element is not a <c>Restrictions</c> member (a variable, a spread).</param>
/// <param name="Member">The C# member name, e.g. <c>PermitMynetworks</c>; null with <paramref name="Name"/>.</param>
/// <param name="Argument">The constant string argument of a member such as <c>RejectRblClient("zen.spamhaus.org")</c>; otherwise null.</param>
/// <param name="Syntax">The element's expression (or the spread element).</param>
internal sealed record RestrictionItem(string? Name, string? Member, string? Argument, CollectionElementSyntax Syntax)
{
    /// <summary>The element's expression, or null for a spread.</summary>
    public ExpressionSyntax? Expression => (Syntax as ExpressionElementSyntax)?.Expression;
}
