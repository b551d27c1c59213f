using System;
using System.IO;
using System.Linq;
using Xunit;
using static Postfix.Dsl.Restrictions;

namespace Postfix.Dsl.Tests.Emit;

/// <summary>
/// A fleet's first host has its table files rendered and read back on a second core while it is
/// validated (<c>FleetEmit.TablesAhead</c>). That work starts before validation has passed: a host
/// with errors must get exactly its validation errors and nothing written, and a valid host exactly
/// what handling its files after validation gives, failures included.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FirstHostTablesAheadTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("postfix-dsl-ahead-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PathOf(string relative) => Path.Combine(_root, relative);

    private static readonly AccessTable Policy = new()
    {
        FileName = "access",
        Entries = Enumerable.Range(0, 500).Select(i => new AccessEntry(AccessKey.Domain($"spam{i}.example"), AccessAction.Reject())).ToArray(),
    };

    private static MailHost Host(int index, AccessTable access, string network = "127.0.0.0/8") => TestHosts.Minimal with
    {
        Name = $"mx{index}",
        MainCf = TestHosts.Minimal.MainCf with
        {
            Myhostname = $"mx{index}.example.org",
            Mynetworks = [network],
            SmtpdClientRestrictions = [PermitMynetworks, CheckClientAccess(access)],
        },
    };

    [Fact]
    public void A_first_host_whose_table_is_invalid_gets_its_validation_errors_only_and_nothing_is_written()
    {
        // A key starting with '#' is a comment once written: rendered and read back, the table differs from the model.
        var hostile = Policy with { Entries = [.. Policy.Entries, new AccessEntry(AccessKey.Address("#x@example.com"), AccessAction.Reject())] };
        var first = Host(0, hostile, "not a network");
        Assert.NotEmpty(ReadBackCheck.Check(first, HostRenderer.Render(first, TemplateSet.Default))); // what the work ahead meets

        var error = Assert.Throws<PostfixValidationException>(() => PostfixDsl.EmitAll([first, Host(1, hostile)], _root));

        var expected = HostValidator.Validate(first).Concat(HostValidator.Validate(Host(1, hostile))).ToList();
        Assert.Contains(expected, e => e.Rule.Id != "PFX0025" && e.Host == "mx0" && e.Value == "#x@example.com");
        Assert.Equal(expected.Select(Show), error.Errors.Where(e => e.Severity == ValidationSeverity.Error).Select(Show));
        Assert.DoesNotContain(error.Errors, e => e.Rule.Id == "PFX0025");
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_first_host_with_an_error_elsewhere_leaves_no_temporary_of_its_tables()
    {
        var error = Assert.Throws<PostfixValidationException>(() => PostfixDsl.EmitAll([Host(0, Policy, "not a network"), Host(1, Policy), Host(2, Policy)], _root));

        Assert.Equal(["mx0"], error.Errors.Where(e => e.Severity == ValidationSeverity.Error).Select(e => e.Host).Distinct());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories));

        // The same fleet, mended, is written whole: the table rendered ahead of a failed validation left nothing behind.
        PostfixDsl.EmitAll([Host(0, Policy), Host(1, Policy), Host(2, Policy)], _root);
        foreach (var host in new[] { Host(0, Policy), Host(1, Policy), Host(2, Policy) })
        {
            foreach (var file in PostfixDsl.Render(host).Files)
            {
                Assert.Equal(file.Content, File.ReadAllText(Path.Combine(_root, host.Name, file.Name)));
            }
        }
    }

    [Fact]
    public void A_valid_first_host_whose_table_file_cannot_be_staged_fails_as_it_would_after_validation()
    {
        var victim = VictimLinkedAt("mx0/access");

        var error = Assert.Throws<PostfixOutputException>(() => PostfixDsl.EmitAll([Host(0, Policy), Host(1, Policy)], _root));

        Assert.Equal("PFX0106", error.Rule.Id);
        Assert.Equal("precious", File.ReadAllText(victim));
        Assert.Equal([PathOf("mx0"), PathOf("mx0/access"), victim], Directory.EnumerateFileSystemEntries(_root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_invalid_first_host_reports_its_errors_not_the_failure_its_table_met_ahead()
    {
        var victim = VictimLinkedAt("mx0/access");

        var error = Assert.Throws<PostfixValidationException>(() => PostfixDsl.EmitAll([Host(0, Policy, "not a network"), Host(1, Policy)], _root));

        Assert.Equal(["mx0"], error.Errors.Where(e => e.Severity == ValidationSeverity.Error).Select(e => e.Host).Distinct());
        Assert.Equal("precious", File.ReadAllText(victim));
    }

    /// <summary>A file outside the emit's reach, "precious", and a symlink to it where a generated file goes.</summary>
    private string VictimLinkedAt(string generated)
    {
        var victim = PathOf("victim.txt");
        File.WriteAllText(victim, "precious");
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(generated))!);
        File.CreateSymbolicLink(PathOf(generated), victim);
        return victim;
    }

    private static string Show(Finding finding) => $"{finding.Rule.Id} {finding.Host} {finding.Artifact} {finding.Location} {finding.Value}";
}
