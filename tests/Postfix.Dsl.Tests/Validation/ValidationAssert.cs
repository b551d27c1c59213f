using System.Linq;
using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>Asserts on the errors of a host.</summary>
internal static class ValidationAssert
{
    /// <summary>The host has exactly one error, of <paramref name="rule"/>; returns it.</summary>
    public static Finding Single(MailHost host, ValidationRule rule)
    {
        var errors = HostValidator.Validate(host);
        var error = Assert.Single(errors);
        Assert.Equal(rule.Id, error.Rule.Id);
        return error;
    }

    /// <summary>Among every finding of the host (warnings included), exactly one is of <paramref name="rule"/>; returns it.</summary>
    public static Finding SingleFinding(MailHost host, ValidationRule rule) =>
        Assert.Single(HostValidator.Diagnose(host), e => e.Rule.Id == rule.Id);

    /// <summary>No finding of the host (warnings included) is of <paramref name="rule"/>.</summary>
    public static void NoFinding(MailHost host, ValidationRule rule) =>
        Assert.DoesNotContain(HostValidator.Diagnose(host), e => e.Rule.Id == rule.Id);

    /// <summary>The host has no error at all.</summary>
    public static void Valid(MailHost host) =>
        Assert.Empty(HostValidator.Validate(host).Select(e => e.Message));

    /// <summary>The message names the host, the artifact, the location, the value and the expected form, and links the docs.</summary>
    public static void NamesEverything(Finding error, string artifact, string location, string value, string expectedFragment)
    {
        Assert.Equal(artifact, error.Artifact);
        Assert.Equal(location, error.Location);
        Assert.Equal(value, error.Value);
        Assert.StartsWith($"{error.Rule.Id}: {error.Host}/{artifact}: {location}: ", error.Message);
        Assert.Contains(expectedFragment, error.Expected);
        Assert.Contains("expected " + error.Expected, error.Message);
        Assert.EndsWith($"(see https://github.com/postfix-dsl/postfix-dsl/blob/main/docs/diagnostics/{error.Rule.Id}.md)", error.Message);
    }
}
