using System.IO;
using System.Linq;
using Modern;
using Xunit;

namespace Postfix.Dsl.Tests.Samples;

/// <summary>The Modern sample: the internet-facing host the seed article left out.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ModernTests
{
    private static readonly string CommittedFolder = Path.Combine(RepositoryPaths.Root, "samples", "Modern", "postfix", "modern");

    [Fact]
    public void Modern_has_no_finding_at_all() =>
        Assert.Empty(HostValidator.Diagnose(ModernHost.Definition).Select(e => e.Message));

    [Fact]
    public void Committed_sample_files_are_byte_identical_to_a_fresh_render()
    {
        var rendered = PostfixDsl.Render(ModernHost.Definition);
        Assert.Equal(
            ["client_access.pcre", "header_checks.pcre", "main.cf", "master.cf", "postscreen_access.cidr", "sasl_passwd", "sender_access.pcre", "sender_logins"],
            Directory.GetFiles(CommittedFolder).Select(Path.GetFileName).Order());
        foreach (var file in rendered.Files)
        {
            var committed = File.ReadAllBytes(Path.Combine(CommittedFolder, file.Name));
            Assert.True(
                new System.Text.UTF8Encoding(false).GetBytes(file.Content).SequenceEqual(committed),
                $"samples/Modern/postfix/modern/{file.Name} differs from what the model produces: run `dotnet build samples/Modern`.");
        }
    }

    [Fact]
    public void The_relay_password_never_reaches_the_output_and_its_file_is_readable_by_root_only()
    {
        var output = Directory.CreateTempSubdirectory("postfix-dsl-modern-").FullName;
        try
        {
            PostfixDsl.Emit(ModernHost.Definition, output);

            var path = Path.Combine(output, "modern", "sasl_passwd");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Contains("[smtp.relay.example.net]:587", File.ReadAllText(path));
            Assert.Contains("mx@example.org:<secret:relay-password>", File.ReadAllText(path));
            foreach (var other in Directory.GetFiles(Path.Combine(output, "modern")).Where(f => f != path))
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(other) & ~UnixFileMode.UserExecute);
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Submission_services_keep_the_recommended_overrides_and_state_only_what_differs()
    {
        var services = ModernHost.Definition.MasterCf;
        var submission = services.Find("submission", ServiceType.Inet)!.Overrides;
        var submissions = services.Find("submissions", ServiceType.Inet)!.Overrides;

        Assert.Equal(SmtpdTlsSecurityLevel.Encrypt, submission.SmtpdTlsSecurityLevel?.Value);
        Assert.True(submission.SmtpdTlsAuthOnly?.Value);
        Assert.True(submissions.SmtpdTlsWrappermode?.Value);
        foreach (var overrides in new[] { submission, submissions })
        {
            Assert.True(overrides.SmtpdSaslAuthEnable?.Value);
            Assert.Equal(["permit_sasl_authenticated", "reject"], overrides.SmtpdRelayRestrictions!.Select(r => r.Name));
            Assert.Equal(["permit_sasl_authenticated", "reject"], overrides.SmtpdClientRestrictions!.Select(r => r.Name));
        }

        Assert.Equal(["reject_non_fqdn_sender", "reject_sender_login_mismatch"], submission.SmtpdSenderRestrictions!.Select(r => r.Name));
        Assert.Equal(["reject_sender_login_mismatch"], submissions.SmtpdSenderRestrictions!.Select(r => r.Name));
    }
}
