using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace Postfix.Dsl.Tests.RealPostfix;

/// <summary>
/// Every typed parameter, set to a non-default value of its type, rendered, and read back by the
/// real postconf: the same names, the same values, and not one warning.
/// </summary>
public class AllParametersRoundTripTests(ITestOutputHelper output)
{
    [PostfixFact]
    public void Every_parameter_and_every_per_service_parameter_of_debians_master_cf_is_read_back_by_postconf_without_warning()
    {
        var clock = Stopwatch.StartNew();
        var (mainCf, expected, readOnly) = EveryParameter();

        var perService = 0;
        var services = StockMasterCf.WithPipes.Services.Select(service =>
        {
            var transport = new TransportParameters();
            foreach (var descriptor in TransportParameterCatalog.All.Where(d => d.Commands.Contains(service.Command)))
            {
                var name = descriptor.NameFor(service.Name);
                if (expected.ContainsKey(name))
                {
                    continue; // a built-in name such as local_destination_concurrency_limit, set above
                }

                var property = Property(typeof(TransportParameters), descriptor.Suffix);
                var (value, text) = NonDefaultValues.For(descriptor.Kind, name, descriptor.Default, descriptor.DefaultUnit, ModelProperty.LiteralType(property.PropertyType));
                property.SetValue(transport, ModelProperty.Wrap(property.PropertyType, value));
                expected[name] = text;
                perService++;
            }

            return service with { Transport = transport };
        }).ToList();

        var host = TestHosts.Minimal with { MainCf = mainCf, MasterCf = new MasterCf { Services = services } };
        Assert.Empty(HostValidator.Validate(host).Select(e => e.Message));
        var rendered = PostfixDsl.Render(host);

        var result = Postconf.Run(rendered.File("main.cf"), rendered.File("master.cf"), "-n");


        Assert.True(result.Warnings.Count == 0, $"postconf warned {result.Warnings.Count} time(s):\n" + string.Join("\n", result.Warnings));
        var readBack = result.Parameters.Where(p => p.Key != "config_directory").ToDictionary(p => p.Key, p => p.Value);
        var missing = expected.Keys.Except(readBack.Keys).ToList();
        var unexpected = readBack.Keys.Except(expected.Keys).ToList();
        var different = expected.Where(p => readBack.TryGetValue(p.Key, out var v) && Normalize(v) != Normalize(p.Value))
            .Select(p => $"{p.Key}: wrote \"{p.Value}\", postconf read \"{readBack[p.Key]}\"")
            .ToList();
        Assert.True(missing.Count + unexpected.Count + different.Count == 0,
            $"not read back: {string.Join(", ", missing)}\nread but not written: {string.Join(", ", unexpected)}\n{string.Join("\n", different)}");

        JudgeFigures.Report(output, "all parameters",
            $"round trip: {expected.Count - perService - 2} of {ParameterCatalog.All.Count} catalog parameters ({readOnly.Count} read-only not settable: {string.Join(", ", readOnly)}) " +
            $"and {perService} per-service parameters of {services.Count(s => !s.Transport.IsEmpty)} services, {expected.Count} in all, " +
            $"read back by postconf without warning in {clock.ElapsedMilliseconds} ms.");
    }

    /// <summary>Every settable catalog parameter set to a non-default value, with the text postconf must read back.</summary>
    private static (Parameters Parameters, SortedDictionary<string, string> Expected, List<string> ReadOnly) EveryParameter()
    {
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var parameters = new Parameters();
        var readOnly = new List<string>();
        foreach (var descriptor in ParameterCatalog.All)
        {
            var property = Property(typeof(Parameters), descriptor.Name);
            if (property.GetCustomAttribute<ObsoleteAttribute>() is { IsError: true })
            {
                readOnly.Add(descriptor.Name);
                continue;
            }

            var (value, text) = NonDefaultValues.For(descriptor.Kind, descriptor.Name, descriptor.Default, descriptor.DefaultUnit, ModelProperty.LiteralType(property.PropertyType));
            property.SetValue(parameters, ModelProperty.Wrap(property.PropertyType, value));
            expected[descriptor.Name] = text;
        }

        // Restriction classes name parameters of their own: postconf warns "undefined parameter"
        // unless they are defined, which is what the escape hatch is for.
        parameters = parameters with { Unlisted = [new("alpha", "permit") { Intended = true }, new("beta", "reject") { Intended = true }] };
        expected["alpha"] = "permit";
        expected["beta"] = "reject";
        return (parameters, expected, readOnly);
    }

    [PostfixFact]
    public void Every_parameter_as_a_master_cf_override_is_read_back_by_postconf_without_warning()
    {
        var (overrides, expected, _) = EveryParameter();
        var host = TestHosts.Minimal with { MasterCf = MasterCf.Stock.Change("smtp", ServiceType.Inet, s => s with { Overrides = overrides }) };
        Assert.Empty(HostValidator.Validate(host).Select(e => e.Message));
        var rendered = PostfixDsl.Render(host);

        var result = Postconf.Run(rendered.File("main.cf"), rendered.File("master.cf"), "-P");

        Assert.True(result.Warnings.Count == 0, $"postconf warned {result.Warnings.Count} time(s):\n" + string.Join("\n", result.Warnings));
        var readBack = result.Parameters.Where(p => p.Key.StartsWith("smtp/inet/", StringComparison.Ordinal)).ToDictionary(p => p.Key["smtp/inet/".Length..], p => p.Value);
        Assert.Equal(expected.Keys, readBack.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(expected.Where(p => Normalize(readBack[p.Key]) != Normalize(p.Value)).Select(p => $"{p.Key}: wrote \"{p.Value}\", postconf read \"{readBack[p.Key]}\""));
        JudgeFigures.Report(output, "all parameters", $"-o round trip: {expected.Count} overrides on smtp/inet read back by postconf -P without warning.");
    }

    /// <summary>Postfix reads a wrapped list as its items separated by whitespace; compare items, not separators.</summary>
    private static string Normalize(string value) => string.Join(" ", Regex.Split(value.Trim(), @"[\s,]+"));

    private static PropertyInfo Property(Type type, string postfixName)
    {
        var name = postfixName == "2bounce_notice_recipient"
            ? "TwoBounceNoticeRecipient"
            : string.Concat(postfixName.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        return type.GetProperty(name) ?? throw new InvalidOperationException($"{type.Name} has no property {name} for {postfixName}");
    }
}
