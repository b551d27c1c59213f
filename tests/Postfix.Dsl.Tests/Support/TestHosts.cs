namespace Postfix.Dsl.Tests;

/// <summary>Small valid hosts that tests change one thing at a time.</summary>
internal static class TestHosts
{
    /// <summary>A host that passes validation: modern compatibility level, relay protection from Postfix's defaults.</summary>
    public static MailHost Minimal { get; } = new()
    {
        Name = "test",
        MainCf = new() { CompatibilityLevel = CompatibilityLevel.Level3_6, Myhostname = "mail.example.com" },
    };

    /// <summary><see cref="Minimal"/> with <paramref name="mainCf"/> instead of its parameters.</summary>
    public static MailHost WithMainCf(Parameters mainCf) => Minimal with { MainCf = mainCf };

    /// <summary><paramref name="mainCf"/> at compatibility level 3.6, so Postfix's own relay default protects.</summary>
    public static MailHost Modern(Parameters mainCf) => WithMainCf(mainCf with { CompatibilityLevel = CompatibilityLevel.Level3_6 });

    /// <summary>The text of one rendered file.</summary>
    public static string File(this RenderedHost host, string name) =>
        System.Linq.Enumerable.Single(host.Files, f => f.Name == name).Content;
}
