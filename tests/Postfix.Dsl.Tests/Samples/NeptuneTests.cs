using System.IO;
using System.Linq;
using Neptune;
using Xunit;

namespace Postfix.Dsl.Tests.Samples;

public class NeptuneTests
{
    private static readonly string CommittedFolder = Path.Combine(RepositoryPaths.Root, "samples", "Neptune", "postfix", "neptune");

    [Fact]
    public void Neptune_has_no_validation_errors() =>
        Assert.Empty(HostValidator.Validate(NeptuneHost.Definition));

    [Fact]
    public void Neptunes_only_warning_is_the_shared_access_table_it_acknowledges()
    {
        // The article's one access table serves the client and the sender checks (PFX0320); the host
        // says so with [SuppressMessage], which the build honours.
        Assert.Equal(["PFX0320"], HostValidator.Diagnose(NeptuneHost.Definition).Select(e => e.Rule.Id));
        // [SuppressMessage] is not kept in metadata: the generator records it in the registry the build reads.
        var registry = (System.Collections.Generic.IReadOnlyList<HostDefinition>)typeof(NeptuneHost).Assembly
            .GetType("Postfix.Dsl.Generated.PostfixHosts", throwOnError: true)!
            .GetProperty("All")!.GetValue(null)!;
        Assert.Equal(["PFX0320"], Assert.Single(registry).SuppressedRules);
    }

    [Fact]
    public void Neptune_produces_exactly_the_five_files_of_the_article() =>
        Assert.Equal(
            ["main.cf", "master.cf", "access", "regexp", "syslog.conf"],
            PostfixDsl.Render(NeptuneHost.Definition).Files.Select(f => f.Name));

    [Theory]
    [InlineData("main.cf")]
    [InlineData("master.cf")]
    [InlineData("access")]
    [InlineData("regexp")]
    [InlineData("syslog.conf")]
    public void Neptune_artifact_matches_its_snapshot(string file) =>
        Snapshot.Verify("neptune", file, PostfixDsl.Render(NeptuneHost.Definition).File(file));

    [Fact]
    public void Committed_sample_files_are_byte_identical_to_a_fresh_render()
    {
        var rendered = PostfixDsl.Render(NeptuneHost.Definition);
        Assert.Equal(
            rendered.Files.Select(f => f.Name).Order(),
            Directory.GetFiles(CommittedFolder).Select(Path.GetFileName).Order());
        foreach (var file in rendered.Files)
        {
            var committed = File.ReadAllBytes(Path.Combine(CommittedFolder, file.Name));
            Assert.True(
                new System.Text.UTF8Encoding(false).GetBytes(file.Content).SequenceEqual(committed),
                $"samples/Neptune/postfix/neptune/{file.Name} differs from what the model produces: run `dotnet build samples/Neptune`.");
        }
    }

    [Fact]
    public void Neptune_relays_only_for_its_networks_and_hides_the_version()
    {
        var mainCf = NeptuneHost.Definition.MainCf;
        Assert.Equal(["permit_mynetworks", "reject_unauth_destination"], mainCf.SmtpdRelayRestrictions!.Select(r => r.Name));
        Assert.DoesNotContain("mail_version", mainCf.SmtpdBanner);
        Assert.StartsWith("$myhostname", mainCf.SmtpdBanner);
        Assert.True(mainCf.DisableVrfyCommand?.Value);
    }
}
