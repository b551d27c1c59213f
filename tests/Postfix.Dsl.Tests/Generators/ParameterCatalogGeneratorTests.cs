using System.Linq;
using Microsoft.CodeAnalysis;
using Postfix.Dsl.Generators;
using Xunit;

namespace Postfix.Dsl.Tests.Generators;

/// <summary>The generator: incremental, deterministic, and faithful to the catalog's status column.</summary>
public class ParameterCatalogGeneratorTests
{
    private const string Header = "name\ttype\ttype_source\tdefault\tsince\tstatus\treplacement\tdescription\tdescription_source\n";

    private const string Catalog = Header +
        "virtual_maps\tmaps\tcurated\t\t\tlegacy\tvirtual_alias_maps\tOld name of virtual_alias_maps.\tours\n" +
        "biff\tbool\tderived\tyes\t\t\t\tWhether to notify biff.\tours\n" +
        "process_name\tstring\tderived\tpostconf\t\tread-only\t\tThe program.\tours\n" +
        "mail_version\tstring\tderived\t3.7.11\t\tdiscouraged\tit misreports the version.\tThe version.\tours\n";

    private const string Transport = "suffix\ttype\tdefault\tcommands\tdescription\tdescription_source\n" +
        "time_limit\ttime:s\t$command_time_limit\tpipe,spawn\tHow long a delivery may take.\tours\n";

    [Fact]
    public void A_catalog_file_saved_again_with_the_same_text_reuses_the_parsed_model_and_generates_nothing_new()
    {
        // Saving the file gives the generator a new AdditionalText: the parse steps run again, and
        // their output must compare equal to the last one (an equatable model), so that nothing after them runs.
        AdditionalText catalog = GeneratorHarness.Text("/x/parameters.tsv", Catalog);
        AdditionalText transport = GeneratorHarness.Text("/x/transport-parameters.tsv", Transport);
        var driver = GeneratorHarness.Run(out var compilation, [catalog, transport]);

        driver = driver
            .ReplaceAdditionalText(catalog, GeneratorHarness.Text("/x/parameters.tsv", Catalog))
            .ReplaceAdditionalText(transport, GeneratorHarness.Text("/x/transport-parameters.tsv", Transport))
            .RunGenerators(compilation);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in new[] { ParameterCatalogGenerator.ParseStep, ParameterCatalogGenerator.ParseTransportStep })
        {
            var outputs = steps[name].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        }
    }

    [Fact]
    public void Output_is_in_name_order_whatever_the_row_order_and_the_same_on_every_run()
    {
        var first = GeneratorHarness.Sources(GeneratorHarness.Run(out _, ("/x/parameters.tsv", Catalog))).Single().SourceText.ToString();
        var second = GeneratorHarness.Sources(GeneratorHarness.Run(out _, ("/x/parameters.tsv", Catalog))).Single().SourceText.ToString();

        Assert.Equal(first, second);
        Assert.True(first.IndexOf("public bool? Biff", System.StringComparison.Ordinal) < first.IndexOf("public string? MailVersion", System.StringComparison.Ordinal));
        Assert.True(first.IndexOf("public string? MailVersion", System.StringComparison.Ordinal) < first.IndexOf("VirtualMaps {", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Legacy_names_are_obsolete_with_the_replacement_read_only_ones_cannot_be_set_and_discouraged_ones_warn()
    {
        var source = GeneratorHarness.Sources(GeneratorHarness.Run(out _, ("/x/parameters.tsv", Catalog))).Single().SourceText.ToString();

        // Our ID and help link, so the compiler reports PFX0301 itself (not CS0618) in every editor.
        Assert.Contains("[global::System.Obsolete(\"virtual_maps was renamed: use virtual_alias_maps instead.\", DiagnosticId = global::Postfix.Dsl.Rules.RuleCatalog.ObsoleteParameterId, UrlFormat = global::Postfix.Dsl.Rules.RuleCatalog.HelpUrlFormat)]", source);
        Assert.Contains("[global::Postfix.Dsl.PostfixParameter(\"virtual_maps\", global::Postfix.Dsl.ParameterKind.Maps, Replacement = \"virtual_alias_maps\")]", source);
        Assert.Contains("[global::System.Obsolete(\"process_name is compiled into Postfix or set by it at run time; it cannot be set (postconf warns).\", error: true)]", source);
        Assert.DoesNotContain("this.ProcessName", source);

        // Discouraged: a warning with our ID, and still written when set.
        Assert.Contains("[global::System.Obsolete(\"mail_version: it misreports the version.\", DiagnosticId = global::Postfix.Dsl.Rules.RuleCatalog.DiscouragedParameterId, UrlFormat = global::Postfix.Dsl.Rules.RuleCatalog.HelpUrlFormat)]", source);
        Assert.Contains("this.MailVersion", source);
        Assert.Contains("this.Biff", source);
        Assert.Contains("Postfix default: <c>yes</c>.", source);
    }

    [Fact]
    public void A_malformed_row_is_reported_as_PFX0900_and_nothing_is_generated()
    {
        var driver = GeneratorHarness.Run(out _, ("/x/parameters.tsv", Header + "biff\tboolean\tderived\tyes\t\t\t\tWhether to notify biff.\tours\n"));

        var result = driver.GetRunResult().Results.Single();
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PFX0900", diagnostic.Id);
        Assert.Contains("unknown type 'boolean' for biff", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void The_per_service_catalog_becomes_transport_parameters()
    {
        var source = GeneratorHarness.Sources(GeneratorHarness.Run(out _, ("/x/transport-parameters.tsv", Transport))).Single().SourceText.ToString();

        Assert.Contains("public global::Postfix.Dsl.PostfixValue<global::Postfix.Dsl.PostfixTime>? TimeLimit { get; init; }", source);
        Assert.Contains("[\"pipe\", \"spawn\"]", source);
    }

    /// <summary>
    /// The build-only generator cannot reference the library it generates, so its type kinds mirror
    /// ParameterKind by name (the generated attributes write ParameterKind.{kind}): the two stay equal.
    /// </summary>
    [Fact]
    public void The_generators_type_kinds_are_the_librarys_parameter_kinds() =>
        Assert.Equal(
            System.Enum.GetNames<ParameterKind>().Order(System.StringComparer.Ordinal),
            System.Enum.GetNames<Postfix.Dsl.Generators.Catalog.CatalogTypeKind>().Order(System.StringComparer.Ordinal));
}
