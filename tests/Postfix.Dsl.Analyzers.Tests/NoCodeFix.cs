using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>A code fix that fixes nothing: for analyzer-only tests through the same harness.</summary>
public sealed class NoCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => [];

    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => Task.CompletedTask;
}
