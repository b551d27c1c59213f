using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Postfix.Dsl.Tests.Catalog;

/// <summary>The generated Parameters members agree with the catalog file they are generated from.</summary>
public class ParameterCatalogTests
{
    private static readonly string[] Columns = ["name", "type", "type_source", "default", "since", "status", "replacement", "description", "description_source"];

    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Postfix.Dsl", "Catalog", "parameters.tsv"));

    private static readonly string[][] Rows = Lines.Skip(1).Select(l => l.Split('\t')).ToArray();

    /// <summary>
    /// One setting, one type, whichever program reads it: each lmtp_x is typed as its smtp_x, and
    /// each tlsproxy_x or postscreen_x that defaults to $smtpd_x or $smtp_x is typed as that one
    /// (LmtpTlsProtocols was once a string while SmtpTlsProtocols was a list).
    /// </summary>
    [Fact]
    public void The_variants_of_one_setting_for_different_programs_have_one_type()
    {
        var types = Rows.ToDictionary(r => r[0], r => r[1]);
        var families = Rows
            .Select(r => (Name: r[0], Of: r[0].StartsWith("lmtp_", System.StringComparison.Ordinal) ? "smtp_" + r[0]["lmtp_".Length..]
                : (r[0].StartsWith("tlsproxy_", System.StringComparison.Ordinal) || r[0].StartsWith("postscreen_", System.StringComparison.Ordinal)) && r[3].StartsWith('$') ? r[3][1..]
                : null))
            .Where(f => f.Of is not null && types.ContainsKey(f.Of))
            .ToList();

        Assert.True(families.Count > 50, $"only {families.Count} family pairs found: the test no longer looks at the catalog it means to");
        Assert.All(families, f => Assert.True(types[f.Name] == types[f.Of!], $"{f.Name} is {types[f.Name]} but {f.Of} is {types[f.Of!]}"));
    }

    [Fact]
    public void Every_catalog_row_has_the_nine_columns_and_names_are_unique_and_sorted()
    {
        Assert.Equal(Columns, Lines[0].Split('\t'));
        Assert.All(Rows, r => Assert.Equal(Columns.Length, r.Length));
        var names = Rows.Select(r => r[0]).ToArray();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(names.Distinct().Count(), names.Length);
    }

    [Fact]
    public void Every_catalog_row_is_a_typed_property_named_in_pascal_case_with_a_descriptor()
    {
        foreach (var row in Rows)
        {
            var name = row[0];
            // The one name that starts with a digit is spelled out, as the issue asks.
            var propertyName = name == "2bounce_notice_recipient"
                ? "TwoBounceNoticeRecipient"
                : string.Concat(name.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            var property = typeof(Parameters).GetProperty(propertyName);
            Assert.True(property is not null, $"{name}: no property {propertyName}");
            Assert.Equal(ExpectedType(row[1]), property.PropertyType);
            var descriptor = ParameterCatalog.All.Single(d => d.Name == name);
            Assert.Equal(row[3], descriptor.Default);
            var obsolete = property.GetCustomAttribute<ObsoleteAttribute>();
            Assert.True((row[5].Length > 0) == (obsolete is not null), $"{name}: status '{row[5]}' but [Obsolete] is {obsolete is not null}");
            Assert.Equal(row[5] == "read-only", obsolete?.IsError == true);
            if (row[5] == "discouraged")
            {
                Assert.Contains(row[6], obsolete!.Message); // the reason
            }
            else if (row[6].Length > 0)
            {
                Assert.Contains("use " + row[6], obsolete!.Message);
            }

            Assert.Contains(row[2], new[] { "derived", "curated" });
            Assert.Contains(row[8], new[] { "ours", "postconf.5" });
            Assert.False(string.IsNullOrWhiteSpace(row[7]), $"{name} has no description");
        }

        Assert.Equal(Rows.Length, ParameterCatalog.All.Count);
    }

    /// <summary>
    /// The generated name lookup that places findings in the source agrees with the properties' own
    /// [PostfixParameter] attributes, for every parameter, and knows no other name.
    /// </summary>
    [Fact]
    public void The_property_name_of_every_parameter_is_the_property_that_carries_its_attribute()
    {
        var byAttribute = typeof(Parameters).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p.Name, Attribute: p.GetCustomAttribute<PostfixParameterAttribute>()))
            .Where(p => p.Attribute is not null)
            .ToList();

        Assert.Equal(Rows.Length, byAttribute.Count);
        Assert.All(byAttribute, p => Assert.Equal(p.Property, ParameterCatalog.PropertyNameOf(p.Attribute!.Name)));
        Assert.Null(ParameterCatalog.PropertyNameOf("myhostnam"));
        Assert.Null(ParameterCatalog.PropertyNameOf("Myhostname"));
    }

    [Fact]
    public void The_catalog_holds_every_parameter_the_article_uses_and_a_modern_secure_host_needs()
    {
        string[] required =
        [
            "myhostname", "mydomain", "myorigin", "mydestination", "mynetworks", "relay_domains", "inet_interfaces",
            "inet_protocols", "compatibility_level", "alias_maps", "alias_database", "smtpd_client_restrictions",
            "smtpd_helo_restrictions", "smtpd_sender_restrictions", "smtpd_relay_restrictions", "smtpd_recipient_restrictions",
            "smtpd_data_restrictions", "smtpd_end_of_data_restrictions", "smtpd_etrn_restrictions", "header_checks", "body_checks",
            "mail_name", "smtpd_banner", "disable_vrfy_command", "smtpd_helo_required", "message_size_limit", "syslog_facility",
            "syslog_name", "maillog_file", "smtpd_tls_cert_file", "smtpd_tls_key_file", "smtpd_tls_security_level", "maps_rbl_domains",
        ];
        Assert.Empty(required.Except(Rows.Select(r => r[0])));
    }

    [Fact]
    public void The_articles_misspelled_names_are_not_parameters()
    {
        Assert.Null(typeof(Parameters).GetProperty("RelayDomain"));
        Assert.Null(typeof(Parameters).GetProperty("SmtpRecipientRestrictions"));
    }

    [Fact]
    public void Every_per_service_catalog_row_is_a_typed_property_of_transport_parameters_with_its_commands()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Postfix.Dsl", "Catalog", "transport-parameters.tsv"));
        Assert.Equal(["suffix", "type", "default", "commands", "description", "description_source"], lines[0].Split('\t'));
        foreach (var row in lines.Skip(1).Select(l => l.Split('\t')))
        {
            var propertyName = string.Concat(row[0].Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
            var property = typeof(TransportParameters).GetProperty(propertyName);
            Assert.True(property is not null, $"{row[0]}: no property {propertyName}");
            Assert.Equal(ExpectedType(row[1]), property.PropertyType);
            var descriptor = TransportParameterCatalog.All.Single(d => d.Suffix == row[0]);
            Assert.Equal(row[2], descriptor.Default);
            Assert.Equal(row[3].Split(','), descriptor.Commands);
        }

        Assert.Equal(lines.Length - 1, TransportParameterCatalog.All.Count);
    }

    [Fact]
    public void Every_renamed_or_obsolete_parameter_points_to_a_parameter_that_exists()
    {
        var names = Rows.Select(r => r[0]).ToHashSet();
        var replaced = Rows.Where(r => r[6].Length > 0 && r[5] != "discouraged").ToList(); // a discouraged row gives its reason there
        Assert.NotEmpty(replaced);
        Assert.All(replaced, r =>
        {
            // "reject_rbl_client DOMAIN" replaces maps_rbl_domains: a restriction, not a parameter.
            var target = r[6].Split(' ')[0];
            Assert.True(names.Contains(target) || target == "reject_rbl_client", $"{r[0]} is replaced by '{r[6]}', which is not a parameter");
        });
        Assert.All(Rows.Where(r => r[5] is "renamed" or "legacy"), r => Assert.Contains(r[6], names));
    }

    [Fact]
    public void Every_description_is_in_our_own_words()
    {
        Assert.Empty(Rows.Where(r => r[8] != "ours").Select(r => r[0]));
        var transport = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "Postfix.Dsl", "Catalog", "transport-parameters.tsv")).Skip(1);
        Assert.Empty(transport.Select(l => l.Split('\t')).Where(r => r[5] != "ours").Select(r => r[0]));
    }

    [Fact]
    public void The_read_only_parameters_cannot_be_set_from_csharp_and_a_discouraged_one_is_a_warning()
    {
        string[] readOnly = ["config_directory", "process_id", "process_name", "service_name"];
        Assert.Equal(readOnly, Rows.Where(r => r[5] == "read-only").Select(r => r[0]));
        Assert.True(typeof(Parameters).GetProperty("ProcessId")!.GetCustomAttribute<ObsoleteAttribute>()!.IsError);

        Assert.Equal(["mail_version"], Rows.Where(r => r[5] == "discouraged").Select(r => r[0]));
        var mailVersion = typeof(Parameters).GetProperty("MailVersion")!.GetCustomAttribute<ObsoleteAttribute>()!;
        Assert.False(mailVersion.IsError);
        Assert.Equal("PFX0315", mailVersion.DiagnosticId);
    }

    [Fact]
    public void A_name_starting_with_a_digit_is_spelled_out() =>
        Assert.Equal("TwoBounceNoticeRecipient", Postfix.Dsl.Generators.Catalog.ParameterEmitter.PropertyName("2bounce_notice_recipient"));

    private static Type ExpectedType(string catalogType) => catalogType switch
    {
        "bool" => typeof(PostfixValue<bool>?),
        "int" => typeof(PostfixValue<int>?),
        "long" => typeof(PostfixValue<long>?),
        "string" or "raw" or "hostname" or "domain" or "transport" => typeof(string),
        "list" or "domain-list" => typeof(IReadOnlyList<string>),
        "network-list" => typeof(IReadOnlyList<NetworkItem>), // an inline network or a NetworkTable
        "maps" => typeof(IReadOnlyList<TableReference>),
        "restrictions" => typeof(IReadOnlyList<Restriction>),
        _ when catalogType.StartsWith("time:") => typeof(PostfixValue<PostfixTime>?),
        _ => typeof(Parameters).Assembly.GetType("Postfix.Dsl." + catalogType["enum:".Length..]) is { } e
            ? typeof(Nullable<>).MakeGenericType(typeof(PostfixValue<>).MakeGenericType(e))
            : throw new InvalidOperationException($"unknown enum in {catalogType}"),
    };
}
