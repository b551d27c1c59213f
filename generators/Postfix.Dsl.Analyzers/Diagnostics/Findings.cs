using Microsoft.CodeAnalysis;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// Creates an analyzer diagnostic in the finding shape every editor rule shares with emit-time
/// validation: <c>location: "value" problem; expected form</c>, the problem and form from <see cref="RuleTexts"/>.
/// </summary>
internal static class Findings
{
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location at, string where, string value, (string Problem, string Expected) text) =>
        Diagnostic.Create(descriptor, at, where, value, text.Problem, text.Expected);
}
