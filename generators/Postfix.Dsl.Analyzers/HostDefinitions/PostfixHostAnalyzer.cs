using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Postfix.Dsl.Analyzers;

/// <summary>
/// Reports misuse of <c>[PostfixHost]</c> while typing: a member the registry cannot read
/// (PFX0100), not static (PFX0101), two hosts with one constant name (PFX0102), and a constant
/// name that cannot be a folder (PFX0010, the same rule the build enforces).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PostfixHostAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        HostDescriptors.WrongShape,
        HostDescriptors.NotStatic,
        HostDescriptors.DuplicateHostName,
        HostDescriptors.InvalidHostFolderName);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var attribute = start.Compilation.GetTypeByMetadataName(HostMemberShape.AttributeName);
            if (attribute is null)
            {
                return;
            }

            var names = new ConcurrentBag<(string Name, string Member, Location Location)>();
            start.RegisterSymbolAction(
                symbol => AnalyzeMember(symbol, attribute, names),
                SymbolKind.Property,
                SymbolKind.Field,
                SymbolKind.Method);
            start.RegisterCompilationEndAction(end => ReportDuplicates(end, names));
        });
    }

    private static void AnalyzeMember(
        SymbolAnalysisContext context,
        INamedTypeSymbol attribute,
        ConcurrentBag<(string Name, string Member, Location Location)> names)
    {
        var member = context.Symbol;
        var marked = member.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
        if (marked is null)
        {
            return;
        }

        var location = member.Locations.FirstOrDefault() ?? Location.None;
        var display = $"{member.ContainingType.Name}.{member.Name}";
        var problem = HostMemberShape.Problem(member);
        if (problem is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(HostDescriptors.WrongShape, location, display, problem));
            return;
        }

        if (!member.IsStatic)
        {
            context.ReportDiagnostic(Diagnostic.Create(HostDescriptors.NotStatic, location, display));
            return;
        }

        if (ConstantName(member, context) is { } name)
        {
            if (!HostFolderName.IsValid(name.Value))
            {
                context.ReportDiagnostic(Diagnostic.Create(HostDescriptors.InvalidHostFolderName, name.Location,
                    "Name", name.Value, HostFolderName.HostProblem, HostFolderName.HostExpected));
            }

            names.Add((name.Value, display, name.Location));
        }
    }

    /// <summary>
    /// The host's <c>Name</c> when the member's initializer or expression body is a <c>new()</c> or a
    /// <c>with</c> that sets it to a constant; null when it is computed (the build then checks it).
    /// </summary>
    private static (string Value, Location Location)? ConstantName(ISymbol member, SymbolAnalysisContext context)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax(context.CancellationToken);
            var value = node switch
            {
                PropertyDeclarationSyntax property => property.Initializer?.Value ?? property.ExpressionBody?.Expression,
                VariableDeclaratorSyntax field => field.Initializer?.Value,
                MethodDeclarationSyntax method => method.ExpressionBody?.Expression,
                _ => null,
            };
            var initializer = value switch
            {
                ObjectCreationExpressionSyntax creation => creation.Initializer,
                ImplicitObjectCreationExpressionSyntax creation => creation.Initializer,
                WithExpressionSyntax derived => derived.Initializer,
                _ => null,
            };
            var assignment = initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
                .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "Name" });
            if (assignment?.Right is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return (literal.Token.ValueText, literal.GetLocation());
            }
        }

        return null;
    }

    private static void ReportDuplicates(
        CompilationAnalysisContext context,
        ConcurrentBag<(string Name, string Member, Location Location)> names)
    {
        var ordered = names
            .OrderBy(n => n.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(n => n.Location.SourceSpan.Start);
        foreach (var group in ordered.GroupBy(n => n.Name, System.StringComparer.Ordinal))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    HostDescriptors.DuplicateHostName, duplicate.Location, new[] { first.Location },
                    "Name", duplicate.Name, HostFolderName.DuplicateProblem + " (also " + first.Member + ")", HostFolderName.DuplicateExpected));
            }
        }
    }
}
