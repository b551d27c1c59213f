using System;
using System.Linq;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>
/// Every code fix offers Fix All (document, project, solution), so a seed typed in as written is
/// modernised in one step; the code fix tests then check Fix All's result too, as
/// Microsoft.CodeAnalysis.Testing does for any fix that has a provider.
/// </summary>
public class FixAllTests
{
    [Fact]
    public void Every_code_fix_has_a_fix_all_provider()
    {
        var fixes = typeof(NodeReplacementCodeFix).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();

        Assert.True(fixes.Count >= 8, $"only {fixes.Count} code fixes found");
        Assert.All(fixes, t => Assert.NotNull(((CodeFixProvider)Activator.CreateInstance(t)!).GetFixAllProvider()));
    }
}
