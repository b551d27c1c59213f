using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>The catalog says what the installed Postfix says: the same names and the same defaults.</summary>
public class CatalogVersusPostconfTests(ITestOutputHelper output)
{
    /// <summary>Defaults postconf -d computes from the machine it runs on (host name, domain, interfaces, its own pid).</summary>
    private static readonly string[] MachineSpecific = ["mydomain", "myhostname", "mynetworks", "process_id"];

    private static readonly string[][] Rows = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Postfix.Dsl", "Catalog", "parameters.tsv"))
        .Skip(1)
        .Select(l => l.Split('\t'))
        .ToArray();

    [PostfixFact]
    public void Every_built_in_parameter_of_postconf_d_is_in_the_catalog_and_nothing_else_but_legacy_names()
    {
        var builtIn = Postconf.Run(string.Empty, string.Empty, "-d").Parameters.Keys.ToHashSet();
        var current = ParameterCatalog.All.Where(d => !IsLegacy(d.Name)).Select(d => d.Name).ToHashSet();

        var missing = builtIn.Except(current).Order(StringComparer.Ordinal).ToList();
        var extra = current.Except(builtIn).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"catalog and postconf -d differ.\nmissing from the catalog ({missing.Count}): {string.Join(", ", missing)}\n" +
            $"in the catalog but not in postconf -d ({extra.Count}): {string.Join(", ", extra)}");
        JudgeFigures.Report(output, "catalog", $"postconf -d lists {builtIn.Count} built-in parameters; the catalog types all of them.");
    }

    [PostfixFact]
    public void Legacy_names_are_not_listed_by_postconf_d_but_read_without_warning()
    {
        var legacy = Rows.Where(r => r[5] == "legacy").Select(r => r[0]).ToList();
        var builtIn = Postconf.Run(string.Empty, string.Empty, "-d").Parameters.Keys.ToHashSet();
        Assert.NotEmpty(legacy);
        Assert.DoesNotContain(legacy, builtIn.Contains);

        var result = Postconf.Run(string.Concat(legacy.Select(n => n + " = 1\n")), string.Empty, "-n");
        Assert.Empty(result.Warnings);
        Assert.Equal(legacy.Order(StringComparer.Ordinal), result.Parameters.Keys.Where(k => k != "config_directory").Order(StringComparer.Ordinal));
    }

    [PostfixFact]
    public void Every_default_that_is_not_machine_specific_is_the_one_postconf_d_prints()
    {
        var builtIn = Postconf.Run(string.Empty, string.Empty, "-d").Parameters;
        var differences = ParameterCatalog.All
            .Where(d => builtIn.ContainsKey(d.Name) && !MachineSpecific.Contains(d.Name) && d.Default != builtIn[d.Name])
            .Select(d => $"{d.Name}: catalog \"{d.Default}\", postconf -d \"{builtIn[d.Name]}\"")
            .ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} default(s) differ:\n" + string.Join("\n", differences));

        // Only the machine-specific defaults are left to the tooltip's "computed on each machine".
        Assert.Equal(MachineSpecific, ParameterCatalog.All.Where(d => d.Default.StartsWith("see \"postconf -d\"", StringComparison.Ordinal)).Select(d => d.Name));
    }

    [PostfixFact]
    public void The_per_service_parameters_of_debians_master_cf_are_the_transport_parameters_of_its_delivery_services()
    {
        var masterCf = PostfixDsl.Render(TestHosts.Minimal with { MasterCf = StockMasterCf.WithPipes }).File("master.cf");
        var builtIn = Postconf.Run(string.Empty, string.Empty, "-d").Parameters;
        var withServices = Postconf.Run(string.Empty, masterCf, "-d").Parameters;
        var derivedByPostfix = withServices.Where(p => !builtIn.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value);

        var derivedByModel = StockMasterCf.WithPipes.Services
            .SelectMany(s => TransportParameterCatalog.All.Where(d => d.Commands.Contains(s.Command)).Select(d => (Name: d.NameFor(s.Name), d.Default)))
            .Where(p => !builtIn.ContainsKey(p.Name))
            .ToDictionary(p => p.Name, p => p.Default);

        var missing = derivedByPostfix.Keys.Except(derivedByModel.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = derivedByModel.Keys.Except(derivedByPostfix.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"per-service parameters differ.\nPostfix derives but the model does not ({missing.Count}): {string.Join(", ", missing)}\n" +
            $"the model derives but Postfix does not ({extra.Count}): {string.Join(", ", extra)}");
        Assert.Empty(derivedByPostfix.Where(p => derivedByModel[p.Key] != p.Value).Select(p => p.Key));
        JudgeFigures.Report(output, "catalog", $"postconf -d with Debian's master.cf: {withServices.Count} parameters, {derivedByPostfix.Count} derived from its services; the model derives the same.");
    }

    private static bool IsLegacy(string name) => Rows.Single(r => r[0] == name)[5] == "legacy";
}
