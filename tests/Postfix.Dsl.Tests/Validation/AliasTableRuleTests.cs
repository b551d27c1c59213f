using Xunit;

namespace Postfix.Dsl.Tests.Validation;

/// <summary>An aliases(5) table: names, targets, and commands or files that are not marked intended.</summary>
public class AliasTableRuleTests
{
    private static MailHost With(params AliasEntry[] entries)
    {
        var aliases = new AliasTable { FileName = "aliases", Entries = entries };
        return TestHosts.Modern(new() { DisableVrfyCommand = true, AliasMaps = [aliases], AliasDatabase = [aliases] });
    }

    [Fact]
    public void Addresses_includes_and_intended_commands_and_files_pass()
    {
        var host = With(
            new AliasEntry("postmaster", ["root"]),
            new AliasEntry("abuse", ["admin@example.org", "root"]),
            new AliasEntry("staff", [AliasTarget.Include("/etc/postfix/lists/staff")]),
            new AliasEntry("archive", [AliasTarget.File("/var/mail/archive") with { Intended = true }]),
            new AliasEntry("lists", [AliasTarget.Command("/usr/lib/mailman/mail/mailman post lists") with { Intended = true }]));

        Assert.Empty(HostValidator.Diagnose(host));
    }

    [Theory]
    [InlineData(AliasTargetKind.Command, "\"|/usr/bin/procmail -a list\"", "runs a command")]
    [InlineData(AliasTargetKind.File, "/var/mail/archive", "appends every message")]
    public void PFX0324_a_command_or_file_not_marked_intended(AliasTargetKind kind, string written, string problem)
    {
        var target = kind == AliasTargetKind.Command ? AliasTarget.Command("/usr/bin/procmail -a list") : AliasTarget.File("/var/mail/archive");

        var finding = ValidationAssert.SingleFinding(With(new AliasEntry("robot", [target])), ValidationRules.DangerousAliasTarget);

        ValidationAssert.NamesEverything(finding, "aliases", "alias robot", written, "Intended = true");
        Assert.Contains(problem, finding.Problem);
    }

    [Theory]
    [InlineData("post master")]
    [InlineData("postmaster:")]
    [InlineData("user@example.org")]
    [InlineData("")]
    public void PFX0015_a_name_aliases_5_would_read_otherwise(string name) =>
        Assert.Equal(name, ValidationAssert.Single(With(new AliasEntry(name, ["root"])), ValidationRules.InvalidAccessKey).Value);

    [Fact]
    public void PFX0015_an_alias_without_target() =>
        ValidationAssert.Single(With(new AliasEntry("nobody", [])), ValidationRules.InvalidAccessKey);

    [Theory]
    [InlineData("a b")]
    [InlineData("a,b")]
    [InlineData("|cmd")]
    public void PFX0016_an_address_target_that_would_read_as_more(string address) =>
        Assert.Equal(address, ValidationAssert.Single(With(new AliasEntry("x", [AliasTarget.Address(address)])), ValidationRules.Unwritable).Value);

    [Fact]
    public void PFX0016_a_relative_include() =>
        ValidationAssert.Single(With(new AliasEntry("x", [AliasTarget.Include("lists/staff")])), ValidationRules.Unwritable);

    [Fact]
    public void PFX0024_a_name_twice_whatever_its_case() =>
        ValidationAssert.Single(With(new AliasEntry("Postmaster", ["root"]), new AliasEntry("postmaster", ["admin"])), ValidationRules.DuplicateTableKey);

    [Fact]
    public void An_alias_table_is_built_with_postalias_and_re_read_without_reload()
    {
        var table = new AliasTable { FileName = "aliases" };

        Assert.Equal("postalias", table.BuildCommand);
        Assert.False(table.NeedsReload);
        Assert.False(table.HoldsSecrets);
        Assert.Contains("rebuild it after every change with: postalias hash:/etc/postfix/aliases", PostfixDsl.Render(With(new AliasEntry("postmaster", ["root"]))).File("aliases"));
        Assert.True(new AccessTable { FileName = "c", Type = TableType.Cidr }.NeedsReload);
        Assert.Null(new AccessTable { FileName = "c", Type = TableType.Cidr }.BuildCommand);
        Assert.True(new SaslPasswordTable { FileName = "s" }.HoldsSecrets);
    }
}
