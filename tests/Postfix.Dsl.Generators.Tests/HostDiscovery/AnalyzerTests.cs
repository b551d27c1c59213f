using System.IO;
using System.Linq;
using Postfix.Dsl.Analyzers;
using Xunit;

namespace Postfix.Dsl.Generators.Tests.HostDiscovery;

public class AnalyzerTests
{
    private static string[] Ids(string members)
    {
        var code = "using Postfix.Dsl;\npublic static partial class Hosts\n{\n" + members + "\n}\n";
        return TestCompilation.Analyze(TestCompilation.Create(("Hosts.cs", code))).Select(d => d.Id).ToArray();
    }

    [Fact]
    public void Well_formed_hosts_have_no_diagnostic() =>
        Assert.Empty(Ids("""
            [PostfixHost] public static MailHost A { get; } = new() { Name = "a" };
            [PostfixHost] internal static readonly MailHost B = new() { Name = "b.example-1_x" };
            [PostfixHost] public static MailHost C() => new() { Name = "c" };
            """));

    [Fact]
    public void A_member_that_is_not_a_mail_host_is_PFX0100() =>
        Assert.Equal(["PFX0100"], Ids("""[PostfixHost] public static string A => "a";"""));

    [Fact]
    public void A_method_with_parameters_is_PFX0100() =>
        Assert.Equal(["PFX0100"], Ids("""[PostfixHost] public static MailHost A(string name) => new() { Name = name };"""));

    [Fact]
    public void A_private_member_is_PFX0100() =>
        Assert.Equal(["PFX0100"], Ids("""[PostfixHost] private static MailHost A => new() { Name = "a" };"""));

    [Fact]
    public void An_instance_member_is_PFX0101()
    {
        var code = "using Postfix.Dsl;\npublic class Hosts\n{\n[PostfixHost] public MailHost A => new() { Name = \"a\" };\n}\n";
        var diagnostic = Assert.Single(TestCompilation.Analyze(TestCompilation.Create(("Hosts.cs", code))));
        Assert.Equal("PFX0101", diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Two_hosts_with_the_same_constant_name_are_PFX0102_on_the_second()
    {
        var code = "using Postfix.Dsl;\npublic static class Hosts\n{\n" +
                   "[PostfixHost] public static MailHost A => new() { Name = \"mx\" };\n" +
                   "[PostfixHost] public static MailHost B => new() { Name = \"mx\" };\n}\n";
        var diagnostic = Assert.Single(TestCompilation.Analyze(TestCompilation.Create(("Hosts.cs", code))));
        Assert.Equal("PFX0102", diagnostic.Id);
        Assert.Equal(4, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("Hosts.A", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Hosts_derived_with_with_are_checked_for_duplicate_names_too()
    {
        var ids = Ids("""
            public static MailHost Base { get; } = new() { Name = "base" };
            [PostfixHost] public static MailHost A { get; } = Base with { Name = "mx" };
            [PostfixHost] public static MailHost B { get; } = Base with { Name = "mx" };
            """);

        Assert.Equal(["PFX0102"], ids);
    }

    [Theory]
    [InlineData("../etc")]
    [InlineData(".hidden")]
    [InlineData("two words")]
    [InlineData("")]
    public void A_constant_name_that_cannot_be_a_folder_is_PFX0010(string name) =>
        Assert.Equal(["PFX0010"], Ids($$"""[PostfixHost] public static MailHost A => new() { Name = "{{name}}" };"""));

    [Fact]
    public void A_computed_name_is_left_to_the_build() =>
        Assert.Empty(Ids("""[PostfixHost] public static MailHost A => new() { Name = string.Concat("..", "/x") };"""));

    [Fact]
    public void Every_descriptor_links_to_a_page_titled_with_its_id_and_title() =>
        Assert.All(new PostfixHostAnalyzer().SupportedDiagnostics, descriptor =>
        {
            Assert.Equal($"https://github.com/postfix-dsl/postfix-dsl/blob/main/docs/diagnostics/{descriptor.Id}.md", descriptor.HelpLinkUri);
            var page = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"{page} is missing");
            Assert.StartsWith($"# {descriptor.Id}: {descriptor.Title}", File.ReadAllText(page));
        });

    [Fact]
    public void Shared_rule_ids_have_the_library_rules_titles()
    {
        Assert.Equal(ValidationRules.InvalidFileName.Title, HostDescriptors.InvalidHostFolderName.Title.ToString());
        Assert.Equal(ValidationRules.DuplicateHostName.Title, HostDescriptors.DuplicateHostName.Title.ToString());
    }
}
