using System;
using Xunit;

namespace Postfix.Dsl.Tests;

/// <summary>
/// A test that needs the real Postfix. Without it the test is skipped with the reason — except in
/// CI (<c>CI=true</c>), where it runs and fails, because CI installs Postfix and must judge with it.
/// </summary>
public sealed class PostfixFactAttribute : FactAttribute
{
    /// <summary>Skips the test on a machine without Postfix, outside CI.</summary>
    public PostfixFactAttribute()
    {
        if (Postconf.Path is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "Postfix is not installed (postconf not found); install it as the README says, or run .ci/run. In CI this test fails instead.";
        }
    }
}
