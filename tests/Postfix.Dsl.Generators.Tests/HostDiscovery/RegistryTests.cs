using System.Linq;
using Microsoft.CodeAnalysis;
using Postfix.Dsl.Generators.HostDiscovery;
using Xunit;

namespace Postfix.Dsl.Generators.Tests.HostDiscovery;

public class RegistryTests
{
    private const string Hosts = """
        using Postfix.Dsl;

        namespace Fleet;

        public static class Hosts
        {
            // Not a host: its literals are recorded only where a host reads it, under that host's path.
            private static Parameters Shared => new() { SmtpdBanner = "$myhostname ESMTP", Myhostname = "mx1" };

            [PostfixHost]
            public static MailHost Mx1 { get; } = new()
            {
                Name = "mx1",
                MainCf = Shared with { Mynetworks = ["10.0.0.0/8"], SmtpdClientRestrictions = [Restrictions.RejectRblClient("zen.spamhaus.org")] },
            };

            [PostfixHost]
            public static readonly MailHost Backup = new() { Name = "backup" };

            [PostfixHost]
            internal static MailHost Relay() => new() { Name = "relay", MainCf = new() { SmtpdBanner = "say \"hi\"\tthere" } };

            // Ill-formed: reported by the analyzer, left out of the registry.
            [PostfixHost]
            public static string NotAHost => "nope";
        }
        """;

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(params (string, string)[] files)
    {
        var compilation = TestCompilation.Create(files);
        var driver = TestCompilation.Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult(), output);
    }

    [Fact]
    public void Registry_lists_every_well_formed_host_with_its_declaration_and_the_values_it_sets()
    {
        var (result, _) = Run(("Hosts.cs", Hosts));

        var source = Assert.Single(result.GeneratedTrees);
        Assert.EndsWith(RegistryEmitter.HintName, source.FilePath);
        Snapshot.Verify(string.Empty, "PostfixHosts.g.cs", source.GetText().ToString());
    }

    [Fact]
    public void Generated_registry_compiles_against_the_library_without_diagnostics()
    {
        var (_, output) = Run(("Hosts.cs", Hosts));

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Registry_keeps_hosts_in_source_order_across_files()
    {
        var (result, _) = Run(
            ("b/Second.cs", "using Postfix.Dsl; public static class B { [PostfixHost] public static MailHost Host => new() { Name = \"b\" }; }"),
            ("a/First.cs", "using Postfix.Dsl; public static class A { [PostfixHost] public static MailHost Host => new() { Name = \"a\" }; }"));

        var text = result.GeneratedTrees.Single().GetText().ToString();
        Assert.True(text.IndexOf("global::A.Host", System.StringComparison.Ordinal) < text.IndexOf("global::B.Host", System.StringComparison.Ordinal));
        Assert.Contains("new global::Postfix.Dsl.SourceSpot(\"a/First.cs\", 1, 81)", text);
    }

    [Fact]
    public void Suppressions_on_the_member_and_its_containing_types_are_listed_once_in_ordinal_order()
    {
        var (_, output) = Run(("Hosts.cs", """
            using System.Diagnostics.CodeAnalysis;
            using Postfix.Dsl;

            [SuppressMessage("Postfix.Dsl", "PFX0310", Justification = "tables come from the config repo")]
            public static class Outer
            {
                [SuppressMessage("Postfix.Dsl", "PFX0306:VRFY command enabled", Justification = "probe host")]
                public static class Hosts
                {
                    [PostfixHost]
                    [SuppressMessage("Postfix.Dsl", "PFX0312", Justification = "submission requires TLS")]
                    [SuppressMessage("Postfix.Dsl", "PFX0310", Justification = "said twice")]
                    [SuppressMessage("Style", "IDE0051", Justification = "not ours")]
                    public static MailHost Mx => new() { Name = "mx" };

                    [PostfixHost]
                    public static MailHost Plain => new() { Name = "plain" };
                }
            }
            """));

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var hosts = LoadedRegistry.Hosts(output);
        Assert.Equal(["PFX0306", "PFX0310", "PFX0312"], hosts[0].SuppressedRules);
        // The host without its own suppressions still gets those of its containing types.
        Assert.Equal(["PFX0306", "PFX0310"], hosts[1].SuppressedRules);
    }

    [Fact]
    public void Constants_and_static_fields_of_the_file_are_followed_by_name_and_nothing_else_is()
    {
        // The walk binds only a name that the file declares as a static property or field (a constant
        // is one): a constant, a static readonly field read through its type, and a static property read
        // from a nested type. Holder.Banner is static but declared in another file: not followed.
        var (_, output) = Run(
            ("Hosts.cs", """
                using Postfix.Dsl;

                public static class Hosts
                {
                    private const string Domain = "example.org";
                    private static readonly NetworkItem[] Networks = ["10.0.0.0/8"];

                    public static class Inner
                    {
                        public static string Origin => "$mydomain";
                    }

                    [PostfixHost]
                    public static MailHost Mx => new()
                    {
                        Name = "mx",
                        MainCf = new() { Mydomain = Domain, Mynetworks = Hosts.Networks, Myorigin = Inner.Origin, SmtpdBanner = Holder.Banner },
                    };
                }
                """),
            ("Holder.cs", """public static class Holder { public static string Banner => "mx ESMTP"; }"""));

        var values = LoadedRegistry.Hosts(output).Single().Values;
        Assert.Contains(new SourceValue("MainCf.Mydomain", "example.org", 5, 35), values);
        Assert.Contains(new SourceValue("MainCf.Mynetworks", "10.0.0.0/8", 6, 55), values);
        Assert.Contains(new SourceValue("MainCf.Myorigin", "$mydomain", 10, 40), values);
        Assert.DoesNotContain(values, value => value.Value == "mx ESMTP");
    }

    [Fact]
    public void Every_value_reaches_the_library_as_written_whatever_characters_it_holds()
    {
        // The registry hands the values over as text: commas, colons, line feeds, a NUL, quotes,
        // backslashes, a surrogate pair and the empty string must come back exactly, at their places.
        var (_, output) = Run(("Hosts.cs", """
            using Postfix.Dsl;

            public static class Hosts
            {
                [PostfixHost]
                public static MailHost Mx => new()
                {
                    Name = "mx",
                    MainCf = new()
                    {
                        SmtpdBanner = "a,b:c\n2,3,Name,-:\n\0\"q\" \\ \U0001F600 é",
                        Myorigin = "",
                        Mydestination = ["$myhostname", "x\r\ny"],
                    },
                };
            }
            """));

        var definition = Assert.Single(LoadedRegistry.Hosts(output));
        Assert.Equal(
            [
                new SourceValue("Name", null, 8, 16),
                new SourceValue("Name", "mx", 8, 16),
                new SourceValue("MainCf", null, 9, 18),
                new SourceValue("MainCf.SmtpdBanner", null, 11, 27),
                new SourceValue("MainCf.SmtpdBanner", "a,b:c\n2,3,Name,-:\n\0\"q\" \\ \U0001F600 é", 11, 27),
                new SourceValue("MainCf.Myorigin", null, 12, 24),
                new SourceValue("MainCf.Myorigin", string.Empty, 12, 24),
                new SourceValue("MainCf.Mydestination", null, 13, 29),
                new SourceValue("MainCf.Mydestination", "$myhostname", 13, 30),
                new SourceValue("MainCf.Mydestination", "x\r\ny", 13, 45),
            ],
            definition.Values);
        Assert.Equal(new SourceSpot("Hosts.cs", 6, 28), definition.Declaration);
    }

    [Fact]
    public void A_name_the_host_member_declares_as_a_local_or_parameter_is_not_taken_for_the_static_member_it_shadows()
    {
        // The walk binds a file's static names at the host member's own name, outside its body, where the
        // member's locals are not in scope: a local, a lambda parameter or a pattern variable named like a
        // static field must still mean the local.
        var (_, output) = Run(("Hosts.cs", """
            using Postfix.Dsl;

            public static class Hosts
            {
                private static readonly string Banner = "field banner";
                private static readonly string Origin = "field origin";
                private static readonly string Domain = "field domain";
                private static readonly string Relay = "relay.example.org";

                [PostfixHost]
                public static MailHost Mx()
                {
                    var Banner = "$myhostname ESMTP";
                    System.Func<string, string> keep = Origin => Origin;
                    object value = "example.org";
                    return new()
                    {
                        Name = "mx",
                        MainCf = new()
                        {
                            SmtpdBanner = Banner,
                            Myorigin = keep(Origin),
                            Mydomain = value is string Domain ? Domain : "",
                            Relayhost = Relay,
                        },
                    };
                }
            }
            """));

        var values = LoadedRegistry.Hosts(output).Single().Values;
        Assert.DoesNotContain(values, value => value.Value is "field banner" or "field domain");
        // keep(Origin) reads the static field: the lambda's parameter is named Origin, so it is bound where it is read.
        Assert.Contains(new SourceValue("MainCf.Myorigin", "field origin", 6, 45), values);
        Assert.Contains(new SourceValue("MainCf.Relayhost", "relay.example.org", 8, 44), values);
    }

    [Fact]
    public void A_project_without_hosts_still_gets_an_empty_registry_so_stale_files_can_be_deleted()
    {
        var (result, output) = Run(("Empty.cs", "public static class Nothing { }"));

        Assert.Contains("HostDefinition[]\n        {\n        };", result.GeneratedTrees.Single().GetText().ToString());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_compilation_that_does_not_reference_the_library_gets_no_registry()
    {
        var compilation = TestCompilation.Create([("Plain.cs", "public static class Plain { }")], referenceLibrary: false);

        var result = TestCompilation.Driver().RunGenerators(compilation).GetRunResult();

        Assert.Empty(result.GeneratedTrees);
    }
}
