using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Postfix.Dsl.Analyzers.Tests;

/// <summary>
/// The analyzers skip files that cannot use the model (for speed), but never one that can: a file
/// reached by a global using, or one that copies a model value typed in another file with <c>with</c>
/// or a target-typed <c>new()</c> without ever naming Postfix.Dsl.
/// </summary>
public class ModelScopeTests
{
    private const string Shared = """
        using Postfix.Dsl;
        public static class Shared
        {
            public static Parameters Main => new();
            public static Parameters Configure(Parameters parameters) => parameters;
        }
        """;

    private static Task Run(params string[] sources)
    {
        var test = new CSharpAnalyzerTest<ParametersAnalyzer, DefaultVerifier> { ReferenceAssemblies = Verify<ParametersAnalyzer, NoCodeFix>.Net80 };
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"File{i}.cs", sources[i]));
        }

        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(MailHost).Assembly.Location));
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(projectId,
            ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp12)));
        return test.RunAsync();
    }

    [Fact]
    public Task A_with_on_a_value_typed_in_another_file_is_checked() => Run(Shared, """
        static class Copies
        {
            static object Wider => Shared.Main with { Mynetworks = [{|PFX0002:"10.0.0.0/33"|}] };
        }
        """);

    [Fact]
    public Task A_target_typed_new_passed_to_a_method_of_another_file_is_checked() => Run(Shared, """
        static class Calls
        {
            static object Configured => Shared.Configure(new() { Myhostname = {|PFX0003:"mail_server.example.com"|} });
        }
        """);

    [Fact]
    public Task A_comment_before_the_first_member_does_not_hide_it() => Run(Shared, """
        static class Commented
        {
            static object Wider => Shared.Main with { /* the office */ Mynetworks = [{|PFX0002:"10.0.0.0/33"|}] };
        }
        """);

    [Fact]
    public Task A_file_reached_by_a_global_using_is_checked() => Run("global using Postfix.Dsl;", """
        static class Globally
        {
            static Parameters Named => new() { Myhostname = {|PFX0003:"mail_server.example.com"|} };
        }
        """);

    [Fact]
    public Task A_file_reached_by_a_global_alias_is_checked() => Run("global using P = Postfix.Dsl.Parameters;", """
        static class Aliased
        {
            static P Named => new P { Myhostname = {|PFX0003:"mail_server.example.com"|} };
        }
        """);

    [Fact]
    public Task Records_of_the_users_own_with_property_names_like_the_model_s_are_left_alone() => Run(Shared, """
        sealed record Office { public string[] Mynetworks { get; init; } = []; }
        static class Own
        {
            static Office Wide(Office office) => office with { Mynetworks = ["10.0.0.0/33"] };
        }
        """);
}
